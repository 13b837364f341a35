import html
import os
import re

import boto3

polly = boto3.client("polly")
s3 = boto3.client("s3")
BUCKET = os.environ["AUDIO_BUCKET"]


def strip_markup(body_html: str) -> str:
    text = re.sub(r"<[^>]+>", " ", body_html)
    return html.unescape(" ".join(text.split()))


def handler(event, context):
    """Triggered when an article is published; stores a 'listen to this article' MP3."""
    article = event["detail"]
    text = strip_markup(article["body_html"])[:100_000]
    task = polly.start_speech_synthesis_task(
        Engine="neural",
        VoiceId=article.get("voice", "Matthew"),
        OutputFormat="mp3",
        OutputS3BucketName=BUCKET,
        OutputS3KeyPrefix=f"articles/{article['slug']}/",
        Text=text,
        TextType="text",
    )
    if len(text) < 2500:
        # short pieces: also produce a teaser synchronously for the newsletter
        teaser = polly.synthesize_speech(Engine="neural", VoiceId="Joanna", OutputFormat="mp3",
                                         Text=text[:400])
        s3.put_object(Bucket=BUCKET, Key=f"teasers/{article['slug']}.mp3", Body=teaser["AudioStream"].read())
    return {"taskId": task["SynthesisTask"]["TaskId"]}
