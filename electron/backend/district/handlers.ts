import type { districtApi } from '../../../shared/api/district';
import { importResultView, receiveDeps } from '../bundles/handlers';
import type { HandlersFor } from '../context';
import { districtFile } from '../bundles/sources';
import { completeness } from './completeness';
import { districtTotals } from './totals';
import { confirmStation, listStations, rejectStation } from './stations';

export const districtHandlers: HandlersFor<typeof districtApi> = {
  'stations.list': (ctx) => listStations(ctx.db),

  'stations.confirm': (ctx, input) => {
    const { station, imported } = confirmStation(receiveDeps(ctx), input.code, input.fingerprint);
    ctx.audit.note({
      entity: 'station',
      entityId: input.code,
      detail: { fingerprint: station.fingerprint, imported: imported.map((r) => r.outcome) },
    });
    return {
      station,
      imported: imported.map((r) =>
        importResultView(ctx.locale, `${r.facilityCode ?? ''}_${r.period ?? ''}`, r),
      ),
    };
  },

  'stations.reject': (ctx, input) => {
    const result = rejectStation({ db: ctx.db, now: ctx.now, userId: ctx.user.id }, input.code);
    ctx.audit.note({
      entity: 'station',
      entityId: input.code,
      detail: { discarded: result.discarded },
    });
    return result;
  },

  'district.completeness': (ctx, input) => completeness(ctx, input.dataset, input.from, input.to),
  'district.totals': (ctx, input) => districtTotals(ctx, input.dataset, input.period),
  'district.export': (ctx, input) => districtFile(ctx, input.dataset, input.period, input.format),
};
