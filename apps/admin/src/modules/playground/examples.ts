/**
 * Example operations shown as tabs the first time the playground opens. They work with the logged-in session;
 * PartnerClients is what a partner app runs with an API key (typed into the bar at the top).
 */
export const PLAYGROUND_EXAMPLES = [
  {
    query: `# Who am I, and what may I do?
query Me {
  me {
    displayName
    role
    business { name }
    can { readClients createClients updateClients recordConsents }
  }
}
`,
  },
  {
    query: `# As a partner app: paste an API key
# (scope clients:read) into "Klucz API" above,
# then run: requests carry Authorization:
# Bearer kt_… and no session cookie.
query PartnerClients {
  clients(first: 5) {
    totalCount
    edges {
      node { id number displayName primaryPhone createdVia }
    }
  }
}
`,
  },
  {
    query: `# Search the way the receptionist's search box does: diacritics, typos, phone fragments, #number, NIP, tags
query FindClients($search: String) {
  clients(search: $search, first: 10, orderBy: { field: NAME, direction: ASC }) {
    # exact up to 1,000, then "more than 1,000": a million clients never wait for a count
    boundedCount(atMost: 1000) { value exact }
    pageInfo { hasNextPage endCursor }
    edges {
      node { id number displayName primaryPhoneFormatted primaryEmail isConflict isSupplier tags { name } }
    }
  }
}
`,
    variables: '{\n  "search": "kowalsky"\n}',
  },
  {
    query: `# Add a client from a partner app: a name plus a phone or an e-mail
mutation QuickAdd($input: QuickCreateClientInput!) {
  quickCreateClient(input: $input) { id number displayName primaryPhone createdVia }
}
`,
    variables: '{\n  "input": {\n    "firstName": "Żaneta",\n    "lastName": "Żółć",\n    "phone": "600 100 200",\n    "consents": [{ "purposeKey": "DATA_PROCESSING", "granted": true }]\n  }\n}',
  },
  {
    query: `# Check a NIP, REGON, PESEL or EU VAT number offline
query CheckTaxId {
  taxIdCheck(number: "526-025-02-74") { kind valid normalized country reason }
}
`,
  },
];
