<?php

declare(strict_types=1);

namespace SchoolHub\Essay;

use GuzzleHttp\Client;

/**
 * 英语作文批改：语法/拼写检查 + 词汇与长度指标，折算为 15 分制作文分数，并返回批改意见。
 */
final class EssayMarker
{
    private Client $http;

    public function __construct(string $languageToolUrl = 'http://languagetool:8010')
    {
        $this->http = new Client(['base_uri' => $languageToolUrl, 'timeout' => 20]);
    }

    /** @return array{score: float, corrections: list<array{offset:int,message:string,suggestion:?string}>} */
    public function mark(string $essay, int $minWords = 80): array
    {
        $res = $this->http->post('/v2/check', ['form_params' => ['language' => 'en-US', 'text' => $essay]]);
        $matches = json_decode((string) $res->getBody(), true)['matches'] ?? [];

        $words = str_word_count(strtolower($essay), 1);
        $n = max(count($words), 1);
        $ttr = count(array_unique($words)) / $n;
        $errorsPer100 = 100 * count($matches) / $n;

        $content = min(5.0, 5.0 * $n / $minWords);
        $language = max(0.0, 6.0 - 0.8 * $errorsPer100);
        $vocab = min(4.0, 8.0 * $ttr);
        $score = round($content + $language + $vocab, 1);

        $corrections = array_map(static fn(array $m) => [
            'offset' => $m['offset'],
            'message' => $m['message'],
            'suggestion' => $m['replacements'][0]['value'] ?? null,
        ], $matches);

        return ['score' => $score, 'corrections' => $corrections];
    }
}
