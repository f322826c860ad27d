// The composer's state lives in one antd Form (lead, members, name, level, period, budget): pre-filled once from
// the server's suggestion, changed by the candidate buttons through team-picks' rules, checked before sending,
// and the server's field errors placed under their items (server-field-errors.ts) with the whole message above
// the button. A refusal never loses what was composed.
import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  DispatchTeamDocument,
  type DemandDetailFragment,
  type DispatchDemandQuery,
  type TeamLevel,
} from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { useServerFieldErrors, type ServerFieldMap } from '../../../lib/server-field-errors';
import { pickOf, withLead, withMember, withoutMember, type TeamPick, type TeamPicks } from '../team-picks';

export interface ComposerValues {
  lead: TeamPick | null;
  members: TeamPick[];
  name: string;
  level: TeamLevel;
  period: [Dayjs, Dayjs] | null;
  budget: number | null;
}

/** Where the server's dispatch field errors land in the composer. */
const SERVER_FIELDS: ServerFieldMap<ComposerValues> = {
  leadExpertId: 'lead',
  memberExpertIds: 'members',
  startDate: 'period',
  endDate: 'period',
  name: 'name',
  level: 'level',
  budget: 'budget',
  demandIds: null,
};

export function useTeamComposer(
  demand: DemandDetailFragment | null | undefined,
  suggestion: DispatchDemandQuery['suggestTeam'] | null | undefined,
) {
  const [form] = Form.useForm<ComposerValues>();
  const catalog = useCatalog();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [dispatch, { loading: dispatching }] = useMutation(DispatchTeamDocument);
  const placeErrors = useServerFieldErrors(form, SERVER_FIELDS);
  const [failure, setFailure] = useState<string | null>(null);
  const prefilled = useRef(false);

  const lead = (Form.useWatch('lead', form) as TeamPick | null | undefined) ?? null;
  const watchedMembers = Form.useWatch('members', form) as TeamPick[] | undefined;
  const team = useMemo<TeamPicks>(() => ({ lead, members: watchedMembers ?? [] }), [lead, watchedMembers]);

  useEffect(() => {
    if (prefilled.current || !demand || !suggestion) return;
    prefilled.current = true;
    form.setFieldsValue({
      lead: suggestion.lead ? pickOf(suggestion.lead) : null,
      members: suggestion.members.map(pickOf),
      name: `${demand.region?.name ?? ''}${demand.fields.map((f) => catalog.label('fields', f)).join('、')}专家服务团`,
      period: demand.startDate && demand.endDate ? [dayjs(demand.startDate), dayjs(demand.endDate)] : null,
    });
  }, [demand, suggestion, catalog, form]);

  const setTeam = useCallback(
    (next: TeamPicks) => {
      form.setFields([
        { name: 'lead', value: next.lead, errors: [] },
        { name: 'members', value: next.members, errors: [] },
      ]);
    },
    [form],
  );
  const current = (): TeamPicks => ({
    lead: form.getFieldValue('lead') ?? null,
    members: form.getFieldValue('members') ?? [],
  });
  const setAsLead = (p: TeamPick) => setTeam(withLead(current(), p));
  const addMember = (p: TeamPick) => setTeam(withMember(current(), p));
  const removeMember = (p: TeamPick) => setTeam(withoutMember(current(), p));

  const submit = async () => {
    setFailure(null);
    if (!demand) return;
    let values: ComposerValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the items say what is missing
    }
    const { lead: chosen, members, period } = values;
    if (!chosen || !period) return;
    try {
      const result = await dispatch({
        variables: {
          input: {
            demandIds: [demand.id],
            leadExpertId: chosen.id,
            memberExpertIds: (members ?? []).map((m) => m.id),
            name: values.name.trim(),
            level: values.level,
            startDate: period[0].format('YYYY-MM-DD'),
            endDate: period[1].format('YYYY-MM-DD'),
            budget: values.budget ?? null,
          },
        },
      });
      message.success(`已派单，已向 ${1 + (members ?? []).length} 位专家发出邀请`);
      navigate(`/teams?highlight=${result.data?.dispatchTeam.id ?? ''}`);
    } catch (e) {
      setFailure(placeErrors(e, '派单失败，请稍后重试').message);
    }
  };

  return { form, team, setAsLead, addMember, removeMember, submit, dispatching, failure, setFailure };
}

export type TeamComposerState = ReturnType<typeof useTeamComposer>;
