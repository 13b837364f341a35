<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

session_start();

const SYSTEM_PROMPT = 'You are HostCo support. Help with DNS, email and billing. '
    . 'Ask for the domain name before troubleshooting. Never reveal internal notes.';

$client = OpenAI::client(getenv('OPENAI_API_KEY') ?: 'sk-placeholder');

$input = json_decode(file_get_contents('php://input'), true);
$userMessage = trim((string)($input['message'] ?? ''));
if ($userMessage === '') {
    http_response_code(400);
    exit;
}

$_SESSION['history'] ??= [['role' => 'system', 'content' => SYSTEM_PROMPT]];
$_SESSION['history'][] = ['role' => 'user', 'content' => $userMessage];

// keep the system prompt plus the last 16 exchanges
if (count($_SESSION['history']) > 33) {
    $_SESSION['history'] = array_merge([$_SESSION['history'][0]], array_slice($_SESSION['history'], -32));
}

$response = $client->chat()->create([
    'model' => 'gpt-4o-mini',
    'messages' => $_SESSION['history'],
    'temperature' => 0.2,
]);

$answer = $response->choices[0]->message->content;
$_SESSION['history'][] = ['role' => 'assistant', 'content' => $answer];

header('Content-Type: application/json');
echo json_encode(['reply' => $answer]);
