// The staff screen (#/admin) behind the staff PIN: what the terminal holds, updates from the network or USB, rollback.
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n/index.ts';
import { ScreenHeader } from '../ScreenHeader/index.tsx';
import { hrefs } from '../routes.ts';
import { AdminConsole } from './console.tsx';
import { StaffSignIn } from './staff-sign-in.tsx';

export function AdminScreen() {
  const t = useStrings();
  const [unlocked, setUnlocked] = useState(false);
  return (
    <>
      <ScreenHeader title={t.admin.title} />
      {unlocked ? (
        <AdminConsole
          onLeave={() => {
            // Leaving locks the console and gives the terminal back to residents.
            setUnlocked(false);
            location.hash = hrefs.home();
          }}
        />
      ) : (
        <main>
          <StaffSignIn onSuccess={() => setUnlocked(true)} />
        </main>
      )}
    </>
  );
}
