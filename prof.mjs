import { PGlite } from '@electric-sql/pglite';
let t=performance.now(); const db = await PGlite.create(); console.log('create', (performance.now()-t).toFixed(0));
await db.exec('CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1,1000)');
t=performance.now(); const dump = await db.dumpDataDir('none'); console.log('dump', (performance.now()-t).toFixed(0), dump.size);
await db.close();
t=performance.now(); const db2 = await PGlite.create({ loadDataDir: dump }); console.log('load', (performance.now()-t).toFixed(0), (await db2.query('select count(*) from t')).rows);
t=performance.now(); const db3 = await PGlite.create(); console.log('create again (warm wasm)', (performance.now()-t).toFixed(0));
