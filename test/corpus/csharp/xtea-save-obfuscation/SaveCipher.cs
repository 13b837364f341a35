using System;

namespace Dungeonfall.SaveSystem
{
    /// <summary>
    /// Save-game encryption. XTEA with a 128-bit key in CBC mode; keeps casual players from
    /// editing gold counts in a hex editor. Ported from the original C++ engine.
    /// </summary>
    public static class SaveCipher
    {
        private const uint Delta = 0x9E3779B9;
        private const int Rounds = 32;

        private static void EncipherBlock(ref uint v0, ref uint v1, uint[] k)
        {
            uint sum = 0;
            for (int i = 0; i < Rounds; i++)
            {
                v0 += (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + k[sum & 3]);
                sum += Delta;
                v1 += (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + k[(sum >> 11) & 3]);
            }
        }

        private static void DecipherBlock(ref uint v0, ref uint v1, uint[] k)
        {
            uint sum = unchecked(Delta * Rounds);
            for (int i = 0; i < Rounds; i++)
            {
                v1 -= (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + k[(sum >> 11) & 3]);
                sum -= Delta;
                v0 -= (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + k[sum & 3]);
            }
        }

        public static void EncryptCbc(byte[] data, uint[] key, ulong iv)
        {
            if (data.Length % 8 != 0) throw new ArgumentException("save data must be padded to 8 bytes");
            ulong prev = iv;
            for (int off = 0; off < data.Length; off += 8)
            {
                ulong block = BitConverter.ToUInt64(data, off) ^ prev;
                uint v0 = (uint)block, v1 = (uint)(block >> 32);
                EncipherBlock(ref v0, ref v1, key);
                prev = ((ulong)v1 << 32) | v0;
                BitConverter.GetBytes(prev).CopyTo(data, off);
            }
        }

        public static void DecryptCbc(byte[] data, uint[] key, ulong iv)
        {
            ulong prev = iv;
            for (int off = 0; off < data.Length; off += 8)
            {
                ulong cipherBlock = BitConverter.ToUInt64(data, off);
                uint v0 = (uint)cipherBlock, v1 = (uint)(cipherBlock >> 32);
                DecipherBlock(ref v0, ref v1, key);
                BitConverter.GetBytes((((ulong)v1 << 32) | v0) ^ prev).CopyTo(data, off);
                prev = cipherBlock;
            }
        }
    }
}
