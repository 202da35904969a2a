// Prints graphql-js's standard introspection query, as GraphiQL and codegen tools build it.
//   node introspection-query.mjs            getIntrospectionQuery() with its defaults (descriptions only)
//   node introspection-query.mjs --all      every standard option on (the experimental directive deprecation aside)
import { getIntrospectionQuery } from 'graphql';

const all = process.argv.includes('--all');
const options = all
  ? {
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }
  : undefined;
process.stdout.write(getIntrospectionQuery(options));
