import { z } from 'zod';
import type { ResolvedAddress } from '../domain/admin-units';
import type { ParsedCard } from '../domain/cards';
import { MAX_SCAN_LENGTH } from '../domain/cards';
import { query } from './contract';

export interface ParsedCardView extends ParsedCard {
  /** The card's address placed among the 2025 units, when it could be. */
  addressUnits?: ResolvedAddress;
}

export const cardsApi = {
  'cards.parse': query<ParsedCardView>()({
    // A hex-mode scan is twice the card's length; anything longer is refused by parseCard.
    input: z.object({ raw: z.string().max(MAX_SCAN_LENGTH * 2 + 100) }),
    access: 'authenticated',
    summary: 'Reads a scanned CCCD QR, BHYT card QR or patient card (hex dumps decoded).',
  }),
} as const;
