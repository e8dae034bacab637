export { GraphQLJSON as JSONScalar } from 'graphql-scalars';
