/**
 * Encrypts a plain database in place (argv: file, key hex); the crash test kills it midway.
 * Each stage is written to stdout as it begins ("start" before the first byte is read), so the
 * test can aim its kill at a stage: the writes are synchronous and reach the pipe at once.
 */
import fs from 'node:fs';
import { encryptPlainFile } from '../../db/encrypt';

const [file = '', keyHex = ''] = process.argv.slice(2);
fs.writeSync(1, 'start\n');
encryptPlainFile(
  file,
  Buffer.from(keyHex, 'hex'),
  (stage) => fs.writeSync(1, `${stage}\n`),
  () => fs.writeSync(1, 'swap\n'),
);
