<?php

declare(strict_types=1);

namespace Guestbook;

use PDO;

final class Auth
{
    public function __construct(private PDO $db) {}

    public function register(string $username, string $password): void
    {
        if (strlen($password) < 10) {
            throw new \InvalidArgumentException('Password must be at least 10 characters.');
        }
        $hash = password_hash($password, PASSWORD_ARGON2ID);
        $this->db->prepare('INSERT INTO users (username, password_hash) VALUES (?, ?)')->execute([$username, $hash]);
    }

    public function login(string $username, string $password): ?int
    {
        $stmt = $this->db->prepare('SELECT id, password_hash FROM users WHERE username = ?');
        $stmt->execute([$username]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        if (!$row || !password_verify($password, $row['password_hash'])) {
            return null;
        }
        if (password_needs_rehash($row['password_hash'], PASSWORD_ARGON2ID)) {
            $this->db->prepare('UPDATE users SET password_hash = ? WHERE id = ?')
                ->execute([password_hash($password, PASSWORD_ARGON2ID), $row['id']]);
        }
        session_regenerate_id(true);
        $_SESSION['uid'] = (int) $row['id'];
        $_SESSION['csrf'] = bin2hex(random_bytes(32));
        return (int) $row['id'];
    }
}
