export interface OpenStoreOptions {
  /** Create the tables when the store is new (the gateway); false to refuse a missing or empty store (reports). Default true. */
  create?: boolean;
}
