using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClinicData;

/// <summary>EF Core value converter that stores patient notes AES-CBC encrypted (+ HMAC for integrity).</summary>
public sealed class EncryptedStringConverter : ValueConverter<string, string>
{
    public EncryptedStringConverter(byte[] encKey, byte[] macKey)
        : base(v => Protect(v, encKey, macKey), v => Unprotect(v, encKey, macKey)) { }

    private static string Protect(string plain, byte[] encKey, byte[] macKey)
    {
        using var aes = Aes.Create();
        aes.Key = encKey;
        aes.GenerateIV();
        byte[] ct = aes.EncryptCbc(Encoding.UTF8.GetBytes(plain), aes.IV, PaddingMode.PKCS7);
        byte[] payload = [.. aes.IV, .. ct];
        byte[] tag = HMACSHA256.HashData(macKey, payload);
        return Convert.ToBase64String([.. payload, .. tag]);
    }

    private static string Unprotect(string stored, byte[] encKey, byte[] macKey)
    {
        byte[] all = Convert.FromBase64String(stored);
        var payload = all.AsSpan(0, all.Length - 32);
        var tag = all.AsSpan(all.Length - 32);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(macKey, payload), tag))
            throw new CryptographicException("encrypted column failed integrity check");
        using var aes = Aes.Create();
        aes.Key = encKey;
        return Encoding.UTF8.GetString(aes.DecryptCbc(payload[16..], payload[..16], PaddingMode.PKCS7));
    }
}
