import * as assert from 'node:assert/strict';
import { readManifest } from '../../../server/src/engine/manifests';
import { assertAt, assertRangesCoverNames, names, only, readFixture } from './fixture-helpers';

/** Maven names are `group:artifact`; the range covers the artifact (the two are on different lines). */
const artifactOf = (name: string) => name.split(':')[1];

describe('manifests: pom.xml', () => {
  it('reads dependencies, plugin dependencies and profile dependencies, not dependencyManagement', async () => {
    const { text, facts } = await readFixture('maven/pom.xml');
    assert.equal(facts.kind, 'pom.xml');
    assert.equal(facts.ecosystem, 'maven');
    assert.deepEqual(names(facts), [
      'org.bouncycastle:bcprov-jdk18on',
      'org.apache.httpcomponents:httpclient',
      'org.junit.jupiter:junit-jupiter',
      'org.bouncycastle:bcpkix-jdk18on',
      'org.bouncycastle:bc-fips',
    ]);
    assertRangesCoverNames(text, facts, artifactOf);
    assertAt(text, only(facts, 'org.bouncycastle:bcprov-jdk18on'), 27, 19, 'bcprov-jdk18on');
    // The exclusion's artifactId comes first in the element but is not the dependency's.
    assertAt(text, only(facts, 'org.apache.httpcomponents:httpclient'), 39, 19, 'httpclient');
    assertAt(text, only(facts, 'org.bouncycastle:bcpkix-jdk18on'), 58, 25, 'bcpkix-jdk18on');
    assert.equal(only(facts, 'org.bouncycastle:bcprov-jdk18on').version, '1.78.1', '${bouncycastle.version} resolved from <properties>');
    assert.equal(only(facts, 'org.junit.jupiter:junit-jupiter').dev, true);
    assert.equal(only(facts, 'org.bouncycastle:bcprov-jdk18on').dev, undefined);
  });

  it('keeps an unresolvable ${property} version as written', async () => {
    const text = '<project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId><version>${parent.v}</version></dependency></dependencies></project>';
    const facts = await readManifest('pom.xml', text);
    assert.equal(facts.dependencies[0].version, '${parent.v}');
    assert.deepEqual([facts.dependencies[0].range.line, facts.dependencies[0].range.column], [1, 68]);
  });
});

describe('manifests: build.gradle (Groovy DSL)', () => {
  it('reads string, parenthesised, map and platform notations; skips projects, files and constraints', async () => {
    const { text, facts } = await readFixture('gradle-groovy/build.gradle');
    assert.equal(facts.kind, 'build.gradle');
    assert.equal(facts.ecosystem, 'maven');
    assert.deepEqual(names(facts), [
      'com.google.protobuf:protobuf-gradle-plugin',
      'org.bouncycastle:bcprov-jdk18on',
      'com.google.crypto.tink:tink',
      'org.springframework.boot:spring-boot-dependencies',
      'org.apache.commons:commons-math3',
      'org.projectlombok:lombok',
      'com.google.dagger:dagger-compiler',
      'com.squareup.okhttp3:okhttp',
      'org.junit.jupiter:junit-jupiter',
    ]);
    assertAt(text, only(facts, 'org.bouncycastle:bcprov-jdk18on'), 14, 21);
    assert.equal(only(facts, 'org.bouncycastle:bcprov-jdk18on').version, '1.78.1');
    assertAt(text, only(facts, 'com.google.crypto.tink:tink'), 15, 21);
    assertAt(text, only(facts, 'org.springframework.boot:spring-boot-dependencies'), 16, 30);
    // Map notation: located at the artifact name's value.
    assertAt(text, only(facts, 'org.apache.commons:commons-math3'), 17, 45, 'commons-math3');
    assert.equal(only(facts, 'org.apache.commons:commons-math3').version, '3.6.1');
    assertAt(text, only(facts, 'com.google.dagger:dagger-compiler'), 19, 11);
    assertAt(text, only(facts, 'com.squareup.okhttp3:okhttp'), 20, 21);
    assertAt(text, only(facts, 'org.junit.jupiter:junit-jupiter'), 25, 25);
    assert.deepEqual(
      facts.dependencies.filter((d) => d.dev).map((d) => d.name),
      ['com.google.protobuf:protobuf-gradle-plugin', 'org.junit.jupiter:junit-jupiter'],
      'buildscript classpath and testImplementation are development-only',
    );
  });

  it('still reads declarations around a syntax error', async () => {
    const text = "dependencies {\n    implementation 'a.b:c:1'\n    implementation ((( \n    api 'd.e:f:2'\n}\n";
    const facts = await readManifest('build.gradle', text);
    assert.ok(names(facts).includes('a.b:c'), `got ${names(facts).join(', ')}`);
  });
});

describe('manifests: build.gradle.kts (Kotlin DSL)', () => {
  it('reads call, platform, named-argument and string-configuration notations', async () => {
    const { text, facts } = await readFixture('gradle-kotlin/build.gradle.kts');
    assert.equal(facts.kind, 'build.gradle.kts');
    assert.deepEqual(names(facts), [
      'org.bouncycastle:bcprov-jdk18on',
      'org.springframework.boot:spring-boot-dependencies',
      'com.squareup.okhttp3:okhttp',
      'com.google.dagger:dagger-compiler',
      'io.ktor:ktor-server-core',
      'io.kotest:kotest-runner-junit5',
    ]);
    assertAt(text, only(facts, 'org.bouncycastle:bcprov-jdk18on'), 11, 21);
    assertAt(text, only(facts, 'org.springframework.boot:spring-boot-dependencies'), 12, 30);
    assertAt(text, only(facts, 'com.squareup.okhttp3:okhttp'), 13, 60, 'okhttp');
    assert.equal(only(facts, 'com.squareup.okhttp3:okhttp').version, '4.12.0');
    assertAt(text, only(facts, 'com.google.dagger:dagger-compiler'), 14, 13);
    assertAt(text, only(facts, 'io.ktor:ktor-server-core'), 15, 21);
    assert.equal(only(facts, 'io.ktor:ktor-server-core').version, '2.3.10');
    assert.equal(only(facts, 'io.kotest:kotest-runner-junit5').dev, true);
    assert.equal(only(facts, 'org.bouncycastle:bcprov-jdk18on').dev, undefined);
  });
});
