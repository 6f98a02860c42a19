import type { cardsApi } from '../../../shared/api/cards';
import type { referenceApi } from '../../../shared/api/reference';
import { resolveAddress } from '../../../shared/domain/admin-units';
import { parseCard } from '../../../shared/domain/cards';
import type { HandlersFor } from '../context';
import { loadOldUnits, loadRouteCodes } from '../reference/code-files';
import { loadAdminUnits } from './admin-units';

export const receptionHandlers: HandlersFor<typeof cardsApi & typeof referenceApi> = {
  'cards.parse': (_ctx, input) => {
    const parsed = parseCard(input.raw);
    const address = parsed.fields.address;
    const units = address ? resolveAddress(loadAdminUnits(), address) : null;
    return units ? { ...parsed, addressUnits: units } : parsed;
  },

  'reference.adminUnits': () => {
    const { provinces, wards } = loadAdminUnits();
    return { provinces, wards };
  },

  'reference.oldUnits': (ctx, { wardCode }) => [
    ...(loadOldUnits(ctx.config.resourcesDir).get(wardCode) ?? []),
  ],

  'reference.routeCodes': (ctx) => loadRouteCodes(ctx.config.resourcesDir),
};
