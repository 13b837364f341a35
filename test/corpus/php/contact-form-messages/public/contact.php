<?php
// "Chat with us" form: stores the visitor's message; staff answer from the back office.
declare(strict_types=1);

$pdo = new PDO(getenv('DSN') ?: 'sqlite:/var/data/site.db');

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$name = trim($_POST['name'] ?? '');
$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$message = trim($_POST['message'] ?? '');

$errors = [];
if ($name === '') $errors[] = 'Please tell us your name.';
if (!$email) $errors[] = 'Please enter a valid email address.';
if (mb_strlen($message) < 10) $errors[] = 'Your message is a bit short.';

if ($errors) {
    http_response_code(422);
    header('Content-Type: application/json');
    echo json_encode(['errors' => $errors]);
    exit;
}

$stmt = $pdo->prepare('INSERT INTO inbox (name, email, message, received_at, status) VALUES (?, ?, ?, ?, "new")');
$stmt->execute([$name, $email, $message, date('c')]);
mail('studio@agency.example', "New enquiry from {$name}", $message, ['Reply-To' => $email]);

header('Content-Type: application/json');
echo json_encode(['ok' => true, 'reply' => 'Thanks! A human will get back to you within one working day.']);
