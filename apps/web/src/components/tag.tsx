import type { StatusWording, TagColour } from '../format/labels';

export function Tag({ colour = 'blue', children }: { readonly colour?: TagColour; readonly children: string }) {
  return <strong className={colour === 'blue' ? 'govuk-tag' : `govuk-tag govuk-tag--${colour}`}>{children}</strong>;
}

export function StatusTag({ status }: { readonly status: StatusWording }) {
  return <Tag colour={status.colour}>{status.text}</Tag>;
}

export function OverdueTag() {
  return <Tag colour="red">Overdue</Tag>;
}
