<?php

declare(strict_types=1);

namespace LawFirm\Dms;

use RuntimeException;

/** Client files are encrypted at rest with AES-256-GCM using a per-matter key. */
final class DocumentCrypto
{
    private const CIPHER = 'aes-256-gcm';

    public function __construct(private KeyRepository $keys) {}

    public function encrypt(string $matterId, string $plain): string
    {
        $key = $this->keys->forMatter($matterId);
        $iv = random_bytes(openssl_cipher_iv_length(self::CIPHER));
        $tag = '';
        $ct = openssl_encrypt($plain, self::CIPHER, $key, OPENSSL_RAW_DATA, $iv, $tag, $matterId);
        if ($ct === false) {
            throw new RuntimeException("matter {$matterId}: encryption failed: " . openssl_error_string());
        }
        return 'DMS2' . $iv . $tag . $ct;
    }

    public function decrypt(string $matterId, string $blob): string
    {
        if (!str_starts_with($blob, 'DMS2')) {
            throw new RuntimeException("matter {$matterId}: unknown document format");
        }
        $ivLen = openssl_cipher_iv_length(self::CIPHER);
        $iv = substr($blob, 4, $ivLen);
        $tag = substr($blob, 4 + $ivLen, 16);
        $ct = substr($blob, 4 + $ivLen + 16);
        $plain = openssl_decrypt($ct, self::CIPHER, $this->keys->forMatter($matterId), OPENSSL_RAW_DATA, $iv, $tag, $matterId);
        if ($plain === false) {
            throw new RuntimeException("matter {$matterId}: document failed authentication");
        }
        return $plain;
    }
}
