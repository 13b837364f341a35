<?php

declare(strict_types=1);

namespace ForumHub\Digest;

use Doctrine\DBAL\Connection;
use Symfony\Component\Mailer\MailerInterface;
use Symfony\Component\Mime\Email;

/**
 * Weekly digest: threads are scored against the tags each member actually reads and replies to.
 */
final class AffinityDigest
{
    private const REPLY_WEIGHT = 3.0;
    private const VIEW_WEIGHT = 1.0;

    public function __construct(private Connection $db, private MailerInterface $mailer) {}

    /** @return array<string,float> tag => weight */
    public function memberAffinity(int $memberId): array
    {
        $rows = $this->db->fetchAllAssociative(
            'SELECT t.tag, a.kind, COUNT(*) AS n FROM activity a JOIN thread_tags t ON t.thread_id = a.thread_id
             WHERE a.member_id = ? AND a.created_at > NOW() - INTERVAL 90 DAY GROUP BY t.tag, a.kind',
            [$memberId]
        );
        $aff = [];
        foreach ($rows as $r) {
            $w = $r['kind'] === 'reply' ? self::REPLY_WEIGHT : self::VIEW_WEIGHT;
            $aff[$r['tag']] = ($aff[$r['tag']] ?? 0.0) + $w * log(1 + (int) $r['n']);
        }
        return $aff;
    }

    public function sendTo(int $memberId, string $address): void
    {
        $aff = $this->memberAffinity($memberId);
        if ($aff === []) {
            return;
        }
        $threads = $this->db->fetchAllAssociative(
            "SELECT id, title, GROUP_CONCAT(tag) AS tags FROM threads JOIN thread_tags ON thread_id = id
             WHERE created_at > NOW() - INTERVAL 7 DAY GROUP BY id"
        );
        usort($threads, fn($a, $b) => $this->score($aff, $b) <=> $this->score($aff, $a));
        $top = array_slice($threads, 0, 5);
        $body = implode("\n", array_map(fn($t) => "- {$t['title']} https://forumhub.example/t/{$t['id']}", $top));
        $this->mailer->send((new Email())->to($address)->subject('Threads picked for you')->text($body));
    }

    private function score(array $aff, array $thread): float
    {
        $s = 0.0;
        foreach (explode(',', $thread['tags']) as $tag) {
            $s += $aff[$tag] ?? 0.0;
        }
        return $s;
    }
}
