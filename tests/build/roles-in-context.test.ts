/**
 * Roles in context (docs/content.md#roles-in-this-article): the actor file says who the actor is, lastingly; an
 * article's `roles` say what it is in that story, as of that article. The article's sidebar, its mark cards (a
 * copy of the sidebar entry), its JSON-LD and annotations.json use the article's role; an article giving none uses the file's;
 * the actor's page keeps its lasting role and lists the roles articles gave it over time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type SiteBuild } from '../helpers/build-site';
import { ACTOR_ENTRY, ACTOR_ROLE } from '../helpers/annotation-selectors';
import { all, one, readPage, textOf } from '../helpers/html';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/newsroom');

describe('roles in context', () => {
  let build: SiteBuild;
  const sidebarRole = (slug: string, edition = 'zh-hant') => textOf(one(one(readPage(build.outDir, `/${edition}/articles/${slug}/`), `${ACTOR_ENTRY}[id="actor-maduro"]`), ACTOR_ROLE));
  const openData = (slug: string) =>
    JSON.parse(readFileSync(resolve(build.outDir, `zh-hant/articles/${slug}/annotations.json`), 'utf8')) as { actors: { id: string; role: string }[] };
  beforeAll(() => {
    build = buildSite('roles-in-context', { contentDir: FIXTURE, env: { SITE_BUILD_TIME: '2026-06-01T00:00Z' } });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
  });

  it("shows each article's own role in its sidebar and annotations.json, and the file's where the article gives none", () => {
    expect(sidebarRole('out-already')).toBe('委內瑞拉總統，本文發言者');
    expect(sidebarRole('earlier-role')).toBe('尋求連任的委內瑞拉總統');
    expect(sidebarRole('no-role')).toBe('委內瑞拉政治人物');
    expect(sidebarRole('out-already', 'zh-hans')).toBe('委内瑞拉总统，本文发言者');
    expect(openData('out-already').actors.find((actor) => actor.id === 'maduro')?.role).toBe('委內瑞拉總統，本文發言者');
    expect(openData('no-role').actors.find((actor) => actor.id === 'maduro')?.role).toBe('委內瑞拉政治人物');
  });

  it("gives the JSON-LD the article's role, or the file's where the article gives none, in both editions, as the sidebar does", () => {
    type Mention = { '@type': string; roleName: string; mentions: { name: string; alternateName?: string } };
    const maduroInJsonLd = (slug: string, edition = 'zh-hant') => {
      const script = one(readPage(build.outDir, `/${edition}/articles/${slug}/`), 'script[type="application/ld+json"]');
      return (JSON.parse(textOf(script)) as { mentions: Mention[] }).mentions.find(({ mentions: actor }) => actor.alternateName === 'Nicolás Maduro');
    };
    expect(maduroInJsonLd('out-already')).toEqual({ '@type': 'Role', roleName: '委內瑞拉總統，本文發言者', mentions: { '@type': 'Person', name: '尼古拉斯·馬杜羅', alternateName: 'Nicolás Maduro' } });
    expect(maduroInJsonLd('earlier-role')?.roleName).toBe('尋求連任的委內瑞拉總統');
    expect(maduroInJsonLd('no-role')?.roleName).toBe('委內瑞拉政治人物');
    // Simplified: the role converted, the name in its own language as the actor file writes it.
    expect(maduroInJsonLd('out-already', 'zh-hans')).toEqual({ '@type': 'Role', roleName: '委内瑞拉总统，本文发言者', mentions: { '@type': 'Person', name: '尼古拉斯·马杜罗', alternateName: 'Nicolás Maduro' } });
    expect(maduroInJsonLd('no-role', 'zh-hans')?.roleName).toBe('委内瑞拉政治人物');
    for (const slug of ['out-already', 'earlier-role', 'no-role']) {
      for (const edition of ['zh-hant', 'zh-hans']) expect(maduroInJsonLd(slug, edition)?.roleName, `${edition} ${slug}`).toBe(sidebarRole(slug, edition));
    }
  });

  it("keeps the actor page's lasting role and lists the roles articles gave it, oldest first, each with its article", () => {
    const page = readPage(build.outDir, '/zh-hant/actors/maduro/');
    expect(textOf(one(page, '.actor-header .actor-role'))).toBe('委內瑞拉政治人物');
    const roles = all(page, '.actor-header .actor-roles li');
    expect(roles.map(textOf)).toEqual([
      '2024年7月1日：尋求連任的委內瑞拉總統（較早給出角色的測試文章）',
      '2025年12月1日：委內瑞拉總統，本文發言者（已經刊出的測試文章）',
    ]);
    expect(one(roles[0]!, 'a').properties.href).toBe('/zh-hant/articles/earlier-role/#m-maduro-1');
  });

  it('leaves out roles given only by articles the build holds back', () => {
    // The draft gives 馬杜羅 a role of its own: the roles come from published articles only.
    const page = readPage(build.outDir, '/zh-hant/actors/maduro/');
    expect(textOf(page)).not.toContain('草稿中的角色');
  });
});
