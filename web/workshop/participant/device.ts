import { useSyncExternalStore } from 'react';
import { secretFrom, subscribeToHash } from '../edit-token';

/** What this device keeps per workshop: the join link's secret and, after joining, its voter key. */
export interface DeviceIdentity {
  token: string;
  voterKey: string | null;
  participantId: string | null;
}

const key = (workshopId: string) => `atlas:workshop-device:${workshopId}`;

export function readDevice(workshopId: string): DeviceIdentity | null {
  try {
    const parsed = JSON.parse(
      window.localStorage.getItem(key(workshopId)) ?? 'null',
    ) as DeviceIdentity | null;
    return parsed && typeof parsed.token === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDevice(workshopId: string, identity: DeviceIdentity): void {
  window.localStorage.setItem(key(workshopId), JSON.stringify(identity));
}

/** The join secret from `#join=...`; null on pages opened with the edit link or the read link. */
export function useJoinToken(): string | null {
  return useSyncExternalStore(
    subscribeToHash,
    () => secretFrom(window.location.hash, 'join'),
    () => null,
  );
}
