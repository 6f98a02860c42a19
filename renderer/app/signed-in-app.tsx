import { useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { Role } from '../../shared/domain/roles';
import { ScannerProvider } from '../features/scanner/scanner-provider';
import { navFor, RECEPTION_PATH } from './nav';
import { PageKeysProvider } from './page-keys';
import { useMe } from './session';
import { Shell } from './shell';

/** The router for what this user may open; rebuilt only when their roles change. */
export default function SignedInApp() {
  const me = useMe();
  const roleKey = me.user.roles.join(',');
  const router = useMemo(() => {
    const items = navFor(roleKey.split(',') as Role[]);
    const home = items[0]?.path ?? '/account';
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
  }, [roleKey]);
  return <RouterProvider router={router} />;
}
