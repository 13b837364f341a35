using System.Security.Cryptography;

namespace SecureDrop;

/// <summary>
/// Client-side encryption before upload: random AES-256-GCM key per file, wrapped with the
/// recipient's RSA-3072 public key (OAEP-SHA256).
/// </summary>
public static class HybridEnvelope
{
    public static byte[] Seal(ReadOnlySpan<byte> file, RSA recipientPublic)
    {
        Span<byte> key = stackalloc byte[32];
        RandomNumberGenerator.Fill(key);
        byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        byte[] ct = new byte[file.Length];
        byte[] tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var gcm = new AesGcm(key, tag.Length))
            gcm.Encrypt(nonce, file, ct, tag);

        byte[] wrapped = recipientPublic.Encrypt(key.ToArray(), RSAEncryptionPadding.OaepSHA256);
        CryptographicOperations.ZeroMemory(key);

        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(wrapped.Length);
        w.Write(wrapped);
        w.Write(nonce);
        w.Write(tag);
        w.Write(ct);
        return ms.ToArray();
    }

    public static byte[] Open(byte[] envelope, RSA recipientPrivate)
    {
        using var r = new BinaryReader(new MemoryStream(envelope));
        byte[] key = recipientPrivate.Decrypt(r.ReadBytes(r.ReadInt32()), RSAEncryptionPadding.OaepSHA256);
        byte[] nonce = r.ReadBytes(12);
        byte[] tag = r.ReadBytes(16);
        byte[] ct = r.ReadBytes(envelope.Length - (int)r.BaseStream.Position);
        byte[] pt = new byte[ct.Length];
        using var gcm = new AesGcm(key, tag.Length);
        gcm.Decrypt(nonce, ct, tag, pt);
        return pt;
    }
}
