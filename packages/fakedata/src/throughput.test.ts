import { createFakeClientGenerator } from './generator';

// Prints, does not assert: CI machines vary too much. The COPY benchmark needs ≥ 200,000 clients/s.
it('reports generation throughput on 200,000 clients', () => {
  const count = 200_000;
  const generator = createFakeClientGenerator(11);
  generator.nextMany(5_000); // warm-up so the JIT has optimised the hot paths
  const started = process.hrtime.bigint();
  let phones = 0;
  for (let i = 0; i < count; i++) phones += generator.next().phones.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = Math.round(count / seconds);
  process.stdout.write(`\n@kartoteka/fakedata: ${count.toLocaleString('en')} clients in ${seconds.toFixed(2)} s = ${rate.toLocaleString('en')} clients/s\n`);
  expect(phones).toBeGreaterThan(count * 0.9);
}, 120_000);
