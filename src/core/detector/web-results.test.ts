import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

// A research agent's web_search call and its results, as an OpenAI agent sends them. Public figures and public
// buildings are real; the private people and homes are made up.
const search = (query: string, results: readonly Record<string, string>[]): string[] =>
  [
    ...new Set(
      classify({
        messages: [
          { role: 'user', content: 'short bio for the briefing pack' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'web_search', arguments: JSON.stringify({ query }) } }] },
          { role: 'tool', tool_call_id: 'c1', content: JSON.stringify({ results }) },
        ],
        tools: [{ type: 'function', function: { name: 'web_search', description: 'Search the web', parameters: { type: 'object', properties: { query: { type: 'string' } } } } }],
      }).findings.map((f) => f.entity),
    ),
  ].sort();

describe("a web search result's encyclopedia article and public place are public", () => {
  it.each([
    ['en', 'Rishi Sunak biography', [{ title: 'Rishi Sunak - Wikipedia', snippet: 'Rishi Sunak (born 12 May 1980) is a British politician who served as Prime Minister from 2022 to 2024.' }, { title: 'Conservative Campaign Headquarters', snippet: '4 Matthew Parker Street, London SW1H 9HQ' }]],
    ['de', 'Olaf Scholz Biografie', [{ title: 'Olaf Scholz – Wikipedia', snippet: 'Olaf Scholz (* 14. Juni 1958 in Osnabrück) ist ein deutscher Politiker (SPD).' }, { title: 'Willy-Brandt-Haus', snippet: 'Wilhelmstraße 141, 10963 Berlin' }]],
    ['fr', 'Édouard Philippe biographie', [{ title: 'Édouard Philippe — Wikipédia', snippet: 'Édouard Philippe, né le 28 novembre 1970 à Rouen, est un homme politique français.' }, { title: 'Hôtel de Ville du Havre', snippet: '1517 place de l’Hôtel de Ville, 76600 Le Havre' }]],
    ['es', 'Isabel Díaz Ayuso biografía', [{ titulo: 'Isabel Díaz Ayuso - Wikipedia, la enciclopedia libre', fragmento: 'Isabel Natividad Díaz Ayuso (Madrid, 17 de octubre de 1978) es una política española.' }, { titulo: 'Real Casa de Correos', fragmento: 'Puerta del Sol 7, 28013 Madrid' }]],
    ['nl', 'Dick Schoof biografie', [{ title: 'Dick Schoof - Wikipedia', snippet: 'Hendrikus Wilhelmus Maria Schoof (Santpoort, 8 maart 1957) is een Nederlands bestuurder.' }, { title: 'Ministerie van Algemene Zaken', snippet: 'Bezuidenhoutseweg 73, 2594 AC Den Haag' }]],
    ['it', 'Giorgia Meloni biografia', [{ titolo: 'Giorgia Meloni - Wikipedia', estratto: 'Giorgia Meloni (Roma, 15 gennaio 1977) è una politica e giornalista italiana.' }, { titolo: 'Palazzo Chigi', estratto: 'Piazza Colonna 370, 00187 Roma' }]],
  ])('%s', (_lang, query, results) => {
    expect(search(query, results)).toEqual([]);
  });

  // Kept: a result that names a private person (a people-search or a notice page) keeps their name, address and birth
  // date; so does a retrieved chunk with a title and a content key (no search result).
  it.each([
    ['en', { title: 'Priya Raghunathan in Harrogate', snippet: 'Priya Raghunathan, 27 Beechwood Avenue, Harrogate HG2 0LR, mobile 07912 345678' }, ['PHONE_NUMBER', 'STREET_ADDRESS']],
    ['de', { title: 'Traueranzeige Köster', snippet: 'Jürgen Köster, geboren am 14.03.1961, Lindenweg 12, 02826 Görlitz' }, ['DATE_OF_BIRTH', 'STREET_ADDRESS']],
    ['fr', { title: 'Annuaire : Claire Martin', snippet: 'Claire Martin, 12 rue des Lilas, 69003 Lyon, 06 12 47 83 39' }, ['PHONE_NUMBER', 'STREET_ADDRESS']],
    ['es', { titulo: 'Lucía Etxeberria en Bilbao', fragmento: 'Lucía Etxeberria Zabala, Calle de la Rosa 14, 48005 Bilbao, móvil 612 345 892' }, ['PHONE_NUMBER', 'STREET_ADDRESS']],
    ['nl', { title: 'Kees Visser, Assen', snippet: 'Kees Visser, Dorpsstraat 3, 9401 GK Assen, 06-12341845' }, ['PHONE_NUMBER', 'STREET_ADDRESS']],
    ['it', { titolo: 'Giulia Bianchi a Milano', estratto: 'Giulia Bianchi, Via Roma 12, 20124 Milano, cell. 347 123 4565' }, ['PHONE_NUMBER', 'STREET_ADDRESS']],
    ['en, a retrieved chunk', { title: 'Tenancy agreement', content: 'Tenant: Priya Raghunathan, 27 Beechwood Avenue, Harrogate HG2 0LR' }, ['STREET_ADDRESS']],
  ])('keeps %s', (_lang, result, kept) => {
    expect(search('x', [result])).toEqual(expect.arrayContaining(kept));
  });
});
