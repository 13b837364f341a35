import { strict as assert } from 'node:assert';
import { splitIdentifier, termWords, containsTerm } from '../../../server/src/engine/detection/vocabulary';

describe('identifier vocabulary', () => {
  it('splits camelCase, PascalCase, snake_case, SCREAMING_CASE and acronyms into lowercase words', () => {
    assert.deepEqual(splitIdentifier('userEmbeddingTable'), ['user', 'embedding', 'table']);
    assert.deepEqual(splitIdentifier('UserEmbedding'), ['user', 'embedding']);
    assert.deepEqual(splitIdentifier('user_embedding'), ['user', 'embedding']);
    assert.deepEqual(splitIdentifier('USER_EMBEDDING'), ['user', 'embedding']);
    assert.deepEqual(splitIdentifier('HTTPServerTTS'), ['http', 'server', 'tts']);
    assert.deepEqual(splitIdentifier('aes256Gcm'), ['aes', '256', 'gcm']);
    assert.deepEqual(splitIdentifier('__init__'), ['init']);
  });

  it('matches a multi-word term only as a consecutive run', () => {
    const words = splitIdentifier('trainUserEmbeddingModel');
    assert.equal(containsTerm(words, termWords('user embedding')), true);
    assert.equal(containsTerm(words, termWords('embedding user')), false);
    assert.equal(containsTerm(splitIdentifier('userIdAndEmbedding'), termWords('user embedding')), false);
  });

  it('does not match a word inside another word', () => {
    // "score" must not match "scoreboard" words: splitting is by word, not by substring.
    assert.equal(containsTerm(splitIdentifier('scoreboard'), termWords('score')), false);
    assert.equal(containsTerm(splitIdentifier('fluencyScore'), termWords('score')), true);
  });
});
