// The answer every validator in tests/support gives: valid, or why not (one readable line per problem).

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}
