/** Encrypts a plain database in place (argv: file, key hex); the crash test kills it midway. */
import { encryptPlainFile } from '../../db/encrypt';

const [file = '', keyHex = ''] = process.argv.slice(2);
encryptPlainFile(file, Buffer.from(keyHex, 'hex'));
