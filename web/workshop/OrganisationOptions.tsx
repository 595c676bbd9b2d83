import type { Workshop } from '../../data/contract';

/** The `<option>`s of an organisation picker: "none" first, then the workshop's organisations in order. */
export function OrganisationOptions({ workshop, noneLabel }: { workshop: Workshop; noneLabel: string }) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {workshop.organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </>
  );
}
