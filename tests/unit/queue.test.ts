import { describe, expect, it } from 'vitest';
import {
  bhytVisitRefusal,
  compareQueue,
  priorityFromAge,
  priorityRank,
  visitPriority,
  waitingMinutes,
  type QueueOrderable,
} from '../../shared/domain/queue';

const RULES = { childUnderYears: 6, elderlyFromYears: 80 };
const ON = '2026-11-26';

describe('priority from age', () => {
  it('gives children under 6 and people of 80 and over priority', () => {
    expect(priorityFromAge({ birthDate: '2020-11-27' }, ON, RULES)).toBe('child');
    expect(priorityFromAge({ birthDate: '2020-11-26' }, ON, RULES)).toBe('none');
    expect(priorityFromAge({ birthDate: '1946-11-26' }, ON, RULES)).toBe('elderly');
    expect(priorityFromAge({ birthDate: '1946-11-27' }, ON, RULES)).toBe('none');
    expect(priorityFromAge({ birthDate: '1990-01-01' }, ON, RULES)).toBe('none');
  });

  it('counts a year-only birth as a child while the child could still be under 6', () => {
    expect(priorityFromAge({ birthYear: 2020 }, ON, RULES)).toBe('child');
    expect(priorityFromAge({ birthYear: 2019 }, ON, RULES)).toBe('none');
    expect(priorityFromAge({ birthYear: 1946 }, ON, RULES)).toBe('elderly');
  });

  it('follows the rules it is given', () => {
    expect(priorityFromAge({ birthYear: 1956 }, ON, { ...RULES, elderlyFromYears: 70 })).toBe(
      'elderly',
    );
  });

  it('gives none when the birth cannot be used', () => {
    expect(priorityFromAge({ birthDate: '2027-01-01' }, ON, RULES)).toBe('none');
    expect(priorityFromAge({}, ON, RULES)).toBe('none');
  });

  it('lets what staff chose win over age, except "none"', () => {
    expect(visitPriority('emergency', { birthYear: 2024 }, ON, RULES)).toBe('emergency');
    expect(visitPriority('pregnancy', { birthYear: 1995 }, ON, RULES)).toBe('pregnancy');
    expect(visitPriority('none', { birthYear: 1940 }, ON, RULES)).toBe('elderly');
    expect(visitPriority(undefined, { birthYear: 1995 }, ON, RULES)).toBe('none');
  });
});

describe('queue order', () => {
  const visit = (
    queueNumber: number,
    priority: QueueOrderable['priority'],
    status: QueueOrderable['status'] = 'waiting',
  ): QueueOrderable => ({ queueNumber, priority, status });

  it('puts emergencies first, then other priorities, then numbers; finished visits last', () => {
    const queue = [
      visit(1, 'none'),
      visit(2, 'elderly'),
      visit(3, 'none', 'done'),
      visit(4, 'emergency'),
      visit(5, 'child'),
      visit(6, 'emergency', 'cancelled'),
      visit(7, 'none', 'in_exam'),
    ];
    expect(queue.sort(compareQueue).map((v) => v.queueNumber)).toEqual([4, 2, 5, 1, 7, 6, 3]);
    expect(priorityRank('disability')).toBe(priorityRank('pregnancy'));
  });
});

describe('waiting minutes', () => {
  const now = new Date('2026-11-26T03:00:00.000Z');
  const base = { createdAt: '2026-11-26T02:15:30.000Z', statusChangedAt: '', examStartedAt: null };

  it('counts until now while waiting, until the exam or the last change after', () => {
    expect(waitingMinutes({ ...base, status: 'waiting' }, now)).toBe(44);
    expect(
      waitingMinutes(
        {
          ...base,
          status: 'done',
          examStartedAt: '2026-11-26T02:25:30.000Z',
          statusChangedAt: '2026-11-26T02:50:00.000Z',
        },
        now,
      ),
    ).toBe(10);
    expect(
      waitingMinutes(
        { ...base, status: 'cancelled', statusChangedAt: '2026-11-26T02:20:29.000Z' },
        now,
      ),
    ).toBe(4);
  });

  it('never goes negative when clocks disagree', () => {
    expect(waitingMinutes({ ...base, status: 'waiting' }, new Date('2026-11-26T02:00:00Z'))).toBe(
      0,
    );
  });
});

describe('BHYT visit refusal', () => {
  const card = { validFrom: '2026-01-01', validTo: '2026-12-31' };

  it('says why a patient cannot have a BHYT visit on a day, or nothing when covered', () => {
    expect(bhytVisitRefusal({ card, insuranceStatus: 'verified' }, ON)).toBeNull();
    expect(bhytVisitRefusal({ card: null, insuranceStatus: 'none' }, ON)?.key).toBe(
      'visits.bhyt.noCard',
    );
    expect(bhytVisitRefusal({ card: null, insuranceStatus: 'unverified' }, ON)?.key).toBe(
      'visits.bhyt.unverified',
    );
    expect(bhytVisitRefusal({ card, insuranceStatus: 'verified' }, '2027-01-01')).toEqual({
      key: 'cards.bhyt.expired',
      params: { validTo: '31/12/2026' },
    });
    expect(bhytVisitRefusal({ card, insuranceStatus: 'verified' }, '2025-12-31')?.key).toBe(
      'cards.bhyt.notYetValid',
    );
  });
});
