// The GraphQL documents the benchmark times.
export const queries = {
  cadrePosting: "query($id: ID!) { cadre(id: $id) { name currentPosting { primary { from post { title unit { name } } } } } }",
  caseHistory: "query($id: ID!) { case(id: $id) { number status steps { step version effectiveOn } history { version type effectiveOn recordedAt actor reason documentReference } } }",
  caseAsRecordedAt: "query($id: ID!, $at: DateTimeOffset!) { case(id: $id) { asRecordedAt(at: $at) { version status stepsDone secondment { plannedEndOn } } } }",
  cadrePostingAsOf: "query($id: ID!, $asOf: DateOnly!) { cadre(id: $id) { posting(asOf: $asOf) { asOf inService primary { from post { title } } secondments { from plannedEnd } } } }",
};
