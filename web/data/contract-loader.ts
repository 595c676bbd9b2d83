/**
 * The API contract's zod schemas, loaded on demand. zod and the schemas are a chunk of their own, so the first
 * coloured map does not wait for them: its two answers are checked right after it (`checkedAfterFirstMap`), every
 * other answer as it arrives (`parsed`), which loads the chunk alongside the request.
 */
const load = () => import('../../data/contract/api');
export type ApiContract = Awaited<ReturnType<typeof load>>;

let requested: Promise<ApiContract> | null = null;
let loaded: ApiContract | null = null;
const listeners: (() => void)[] = [];

export function loadApiContract(): Promise<ApiContract> {
  if (!requested) {
    requested = load().then((contract) => (loaded = contract));
    listeners.splice(0).forEach((listener) => listener());
  }
  return requested;
}

/** The contract if it has loaded already (then an answer is checked before it is used, as always). */
export const loadedApiContract = (): ApiContract | null => loaded;

/** Resolves once anything asks for the contract. */
export function contractRequested(): Promise<void> {
  return requested ? Promise.resolve() : new Promise((resolve) => listeners.push(resolve));
}
