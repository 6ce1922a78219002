import type { CatalogInput } from '../schema.js';

export const providers: CatalogInput['providers'] = [];

export const pricingContext: CatalogInput['pricingContext'] = {
  reserved1yDiscount: 0.3,
  reserved3yDiscount: 0.5,
  spotDiscount: 0.6,
  sources: [{ url: 'owner/repo: dstackai/dstack docs/blog/posts/state-of-cloud-gpu-2025.md', asOf: '2025-09-10' }],
};
