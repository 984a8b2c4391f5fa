import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { IndexTable } from '../features/overview/components/index-table';

export function App() {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <header className="app-header">
        <h1>Rapor RB</h1>
        <p>Evaluasi Reformasi Birokrasi — Kementerian Sosial</p>
      </header>
      <main>
        <h2>Indeks Reformasi Birokrasi per tahun</h2>
        <IndexTable />
      </main>
    </QueryClientProvider>
  );
}
