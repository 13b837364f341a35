<?php

namespace Bookshop\Widgets;

use PDO;

/**
 * "Bestsellers this week" sidebar. Same list for all shoppers, cached for 15 minutes.
 * Marketing sometimes calls this the "recommended reads" box; it is purely sales volume.
 */
class TopSellers
{
    public function __construct(private PDO $db, private \Psr\SimpleCache\CacheInterface $cache) {}

    public function forCategory(?int $categoryId = null, int $limit = 10): array
    {
        $key = 'topsellers:' . ($categoryId ?? 'all') . ':' . $limit;
        if (($hit = $this->cache->get($key)) !== null) {
            return $hit;
        }
        $sql = 'SELECT b.id, b.title, b.author, SUM(oi.qty) AS sold
                FROM order_items oi JOIN books b ON b.id = oi.book_id JOIN orders o ON o.id = oi.order_id
                WHERE o.placed_at >= NOW() - INTERVAL 7 DAY AND o.status = "paid"'
             . ($categoryId ? ' AND b.category_id = :cat' : '')
             . ' GROUP BY b.id ORDER BY sold DESC LIMIT ' . (int) $limit;
        $stmt = $this->db->prepare($sql);
        if ($categoryId) {
            $stmt->bindValue(':cat', $categoryId, PDO::PARAM_INT);
        }
        $stmt->execute();
        $rows = $stmt->fetchAll(PDO::FETCH_ASSOC);
        $this->cache->set($key, $rows, 900);
        return $rows;
    }
}
