<?php

declare(strict_types=1);

namespace Moodleish\Gradebook;

use League\Csv\Writer;
use PDO;

/** Exports the course gradebook (teacher-entered grades) to CSV for the registrar. */
final class GradeExporter
{
    public function __construct(private PDO $db) {}

    public function export(int $courseId, string $path): int
    {
        $items = $this->db->prepare('SELECT id, name FROM grade_items WHERE course_id = ? ORDER BY sortorder');
        $items->execute([$courseId]);
        $columns = $items->fetchAll(PDO::FETCH_KEY_PAIR);

        $csv = Writer::createFromPath($path, 'w+');
        $csv->insertOne(array_merge(['Student ID', 'Name'], array_values($columns), ['Final']));

        $students = $this->db->prepare(
            'SELECT u.id, u.idnumber, CONCAT(u.firstname, " ", u.lastname) AS name
             FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.course_id = ? ORDER BY u.lastname'
        );
        $students->execute([$courseId]);
        $grade = $this->db->prepare('SELECT item_id, finalgrade FROM grade_grades WHERE user_id = ?');
        $rows = 0;
        foreach ($students as $s) {
            $grade->execute([$s['id']]);
            $g = $grade->fetchAll(PDO::FETCH_KEY_PAIR);
            $vals = array_map(fn($itemId) => isset($g[$itemId]) ? number_format((float) $g[$itemId], 2) : '-', array_keys($columns));
            $numeric = array_filter($vals, 'is_numeric');
            $final = $numeric ? round(array_sum($numeric) / count($numeric), 2) : '-';
            $csv->insertOne(array_merge([$s['idnumber'], $s['name']], $vals, [$final]));
            $rows++;
        }
        return $rows;
    }
}
