'use strict';
const tf = require('@tensorflow/tfjs-node');
const fs = require('fs');

// listens.jsonl: {"listener": 12, "song": 883, "completed": true}
function loadListens(path) {
  return fs.readFileSync(path, 'utf8').trim().split('\n').map(JSON.parse);
}

function buildModel(nListeners, nSongs, dim = 32) {
  const listenerIn = tf.input({ shape: [1], name: 'listener' });
  const songIn = tf.input({ shape: [1], name: 'song' });
  const lv = tf.layers.flatten().apply(tf.layers.embedding({ inputDim: nListeners, outputDim: dim, name: 'listener_emb' }).apply(listenerIn));
  const sv = tf.layers.flatten().apply(tf.layers.embedding({ inputDim: nSongs, outputDim: dim, name: 'song_emb' }).apply(songIn));
  const dot = tf.layers.dot({ axes: 1 }).apply([lv, sv]);
  const out = tf.layers.activation({ activation: 'sigmoid' }).apply(dot);
  const model = tf.model({ inputs: [listenerIn, songIn], outputs: out });
  model.compile({ optimizer: tf.train.adam(0.005), loss: 'binaryCrossentropy' });
  return model;
}

async function main() {
  const rows = loadListens(process.argv[2] || 'listens.jsonl');
  const nL = 1 + Math.max(...rows.map((r) => r.listener));
  const nS = 1 + Math.max(...rows.map((r) => r.song));
  // negatives: one random song per positive
  const neg = rows.map((r) => ({ listener: r.listener, song: Math.floor(Math.random() * nS), completed: false }));
  const all = rows.concat(neg);
  const model = buildModel(nL, nS);
  await model.fit(
    [tf.tensor2d(all.map((r) => [r.listener])), tf.tensor2d(all.map((r) => [r.song]))],
    tf.tensor2d(all.map((r) => [r.completed ? 1 : 0])),
    { epochs: 8, batchSize: 1024, shuffle: true },
  );
  await model.save('file://./model');
  const listenerVecs = await model.getLayer('listener_emb').getWeights()[0].array();
  fs.writeFileSync('listener_vectors.json', JSON.stringify(listenerVecs));
}

main();
