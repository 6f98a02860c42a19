import { createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';

/**
 * An independent reading of SQLCipher 4's page format, from its published design rather than
 * our library: page 1 starts with a 16-byte salt; each page ends with a 16-byte IV and a
 * 64-byte HMAC-SHA512 over (ciphertext, IV, page number little-endian); AES-256-CBC; with a raw
 * key the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds).
 */
export function decryptSqlcipherPage(
  file: Buffer,
  key: Buffer,
  pageNumber: number,
  pageSize = 4096,
): { plain: Buffer; hmacOk: boolean } {
  const salt = file.subarray(0, 16);
  const page = file.subarray((pageNumber - 1) * pageSize, pageNumber * pageSize);
  const reserve = 80;
  const start = pageNumber === 1 ? 16 : 0;
  const cipherText = page.subarray(start, pageSize - reserve);
  const iv = page.subarray(pageSize - reserve, pageSize - reserve + 16);
  const mac = page.subarray(pageSize - reserve + 16, pageSize);
  const hmacKey = pbkdf2Sync(key, Buffer.from(salt.map((b) => b ^ 0x3a)), 2, 32, 'sha512');
  const pgno = Buffer.alloc(4);
  pgno.writeUInt32LE(pageNumber);
  const expected = createHmac('sha512', hmacKey)
    .update(cipherText)
    .update(iv)
    .update(pgno)
    .digest();
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(cipherText), decipher.final()]);
  return { plain, hmacOk: expected.equals(mac) };
}
