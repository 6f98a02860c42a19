import { useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { Role } from '../../shared/domain/roles';
import { ScannerProvider } from '../features/scanner/scanner-provider';
import { navFor, RECEPTION_PATH } from './nav';
import { PageKeysProvider } from './page-keys';
import { useMe } from './session';
import { Shell } from './shell';

/** The router for what this user may open here; rebuilt only when their roles change. */
export default function SignedInApp() {
  const me = useMe();
  const roleKey = me.user.roles.join(',');
  const kind = me.facility.kind;
  const router = useMemo(() => {
    const items = navFor(roleKey.split(',') as Role[], kind);
    const home = (items.find((item) => item.home) ?? items[0])?.path ?? '/account';
    const scansGoTo = items.some((item) => item.path === RECEPTION_PATH) ? RECEPTION_PATH : null;
    return createHashRouter([
      {
        element: (
          <ScannerProvider fallbackPath={scansGoTo}>
            <PageKeysProvider>
              <Shell items={items} />
            </PageKeysProvider>
          </ScannerProvider>
        ),
        children: [
          ...items.map(({ path, page: Page }) => ({ path, element: <Page /> })),
          { index: true, element: <Navigate to={home} replace /> },
          { path: '*', element: <Navigate to={home} replace /> },
        ],
      },
    ]);
  }, [roleKey, kind]);
  return <RouterProvider router={router} />;
}
