import { graphql } from '../../../gql';

export const TaxIdCheckDocument = graphql(`
  query TaxIdCheck($number: String!, $country: String) {
    taxIdCheck(number: $number, country: $country) { kind valid normalized country reason }
  }
`);
