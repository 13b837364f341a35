<?php

namespace Xiaoshuo\Audio;

use AipSpeech;

/**
 * 小说章节转语音：把章节按句切分（百度 TTS 单次限 1024 字节），逐段合成后拼接成 mp3。
 */
class ChapterAudio
{
    private $client;

    public function __construct(string $appId, string $apiKey, string $secretKey)
    {
        $this->client = new AipSpeech($appId, $apiKey, $secretKey);
    }

    public function render(string $chapterText, string $outFile, int $person = 4): void
    {
        $fh = fopen($outFile, 'wb');
        foreach ($this->chunks($chapterText) as $i => $chunk) {
            $result = $this->client->synthesis($chunk, 'zh', 1, [
                'vol' => 5,
                'spd' => 5,
                'pit' => 5,
                'per' => $person, // 4 = 度丫丫
            ]);
            if (is_array($result)) {
                fclose($fh);
                throw new \RuntimeException("{$outFile}: chunk {$i} failed: " . json_encode($result, JSON_UNESCAPED_UNICODE));
            }
            fwrite($fh, $result);
        }
        fclose($fh);
    }

    private function chunks(string $text): array
    {
        $sentences = preg_split('/(?<=[。！？；])/u', $text, -1, PREG_SPLIT_NO_EMPTY);
        $out = [];
        $buf = '';
        foreach ($sentences as $s) {
            if (strlen($buf . $s) > 1000) {
                $out[] = $buf;
                $buf = '';
            }
            $buf .= $s;
        }
        if ($buf !== '') {
            $out[] = $buf;
        }
        return $out;
    }
}
