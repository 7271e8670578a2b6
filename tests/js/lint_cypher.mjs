// Lint Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support).
// stdin: JSON array of statements; stdout: JSON array of diagnostic lists (one per statement).
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const statements = JSON.parse(input);
  const results = statements.map((statement) => {
    const parameters = {};
    for (const match of statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) parameters[match[1]] = '';
    const { diagnostics } = lintCypherQuery(statement, { parameters });
    return diagnostics.map((d) => ({ severity: d.severity, message: d.message }));
  });
  process.stdout.write(JSON.stringify(results));
});
