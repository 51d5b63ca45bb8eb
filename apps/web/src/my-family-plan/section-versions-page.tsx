import { Link, useParams } from 'react-router-dom';
import { useForm } from '../components/form';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { Table, type Column } from '../components/table';
import { formatDateTime } from '../format/dates';
import { useQuery } from '../hooks/use-query';
import { NotFoundPage } from '../not-found/not-found-page';
import { ParagraphLink } from './paragraph-link';
import { sectionPath } from './plan-paths';
import { PLAN_CASE, SECTION_AT_VERSION, SECTION_VERSIONS } from './plan-operations';
import { savedBy, SectionView } from './section-view';
import { useTerms } from '../session/session';
import type { SectionVersion } from './plan-operations';

/** Every saved version of one section, newest first, each opening read-only. */
export function SectionVersionsPage() {
  const { id = '', key = '' } = useParams();
  const plan = useQuery(PLAN_CASE, { id });
  const versions = useQuery(SECTION_VERSIONS, { caseId: id, sectionKey: key });
  const terms = useTerms();
  const form = useForm();
  const path = sectionPath(id, key);
  const columns: readonly Column<SectionVersion>[] = [
    {
      header: 'Version',
      cell: (v) => (
        <Link className="govuk-link" to={`${path}/versions/${v.version}`}>
          Version {v.version}
        </Link>
      ),
    },
    { header: 'Saved by', cell: (v) => v.savedByName },
    { header: 'Saved on', cell: (v) => formatDateTime(v.savedAt) },
  ];
  return (
    <QueryView result={plan}>
      {({ case: loaded }) => {
        const title = loaded.plan?.sections.find((s) => s.key === key)?.title ?? 'Section';
        return (
          <RecordPage
            form={form}
            reload={versions.reload}
            success={undefined}
            caption={`${terms.familyPlan} – ${loaded.familyName}`}
            title={`${title}: version history`}
          >
            <ParagraphLink to={path}>{`Back to ${title}`}</ParagraphLink>
            <QueryView result={versions}>
              {({ planSectionVersions }) =>
                planSectionVersions.length === 0 ? (
                  <p className="govuk-body">This section has not been saved yet.</p>
                ) : (
                  <Table
                    caption="Saved versions, newest first"
                    columns={columns}
                    rows={planSectionVersions}
                    rowKey={(v) => String(v.version)}
                  />
                )
              }
            </QueryView>
          </RecordPage>
        );
      }}
    </QueryView>
  );
}

/** One earlier version of a section, read-only. */
export function SectionVersionPage() {
  const { id = '', key = '', version = '' } = useParams();
  const valid = /^\d+$/.test(version);
  const result = useQuery(SECTION_AT_VERSION, { caseId: id, sectionKey: key, version: Number(version) }, { skip: !valid });
  const terms = useTerms();
  const form = useForm();
  if (!valid) return <NotFoundPage />;
  return (
    <QueryView result={result}>
      {({ planSectionAtVersion: section }) => (
        <RecordPage
          form={form}
          reload={result.reload}
          success={undefined}
          caption={`${terms.familyPlan} – version history`}
          title={`${section.title}: version ${section.version}`}
        >
          <ParagraphLink to={`${sectionPath(id, key)}/versions`}>Back to the version history</ParagraphLink>
          <p className="govuk-body-s">{savedBy(section)}</p>
          <SectionView section={section} />
        </RecordPage>
      )}
    </QueryView>
  );
}
