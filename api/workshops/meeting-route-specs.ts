import {
  Cycle,
  DecisionInput,
  MeetingRecordRequest,
  StaleDecisionBody,
  StaleMeetingRecordBody,
  UpdateDecisionRequest,
  WorkshopId,
} from '../../data/contract';
import {
  CycleParams,
  facilitatorWrite,
  jsonWriteRoute,
  noContentWriteRoute,
  WorkshopParams,
  type WorkshopRouteGuards,
} from './route-spec-parts';

const DecisionParams = WorkshopParams.extend({ decisionId: WorkshopId });

/** The meeting record per cycle: attendance, minutes and decisions (facilitator link only). */
export function meetingRouteSpecs(guards: WorkshopRouteGuards) {
  const write = facilitatorWrite(guards);
  return {
    setRecord: jsonWriteRoute(write, {
      operationId: 'setWorkshopMeetingRecord',
      summary:
        "Set a cycle's attendance (organisation ids) and minutes (plain text), from the recordVersion last read (0: none yet)",
      method: 'put',
      path: '/{workshopId}/cycles/{cycleId}/record',
      params: CycleParams,
      body: MeetingRecordRequest,
      status: 200,
      response: Cycle,
      description: 'The cycle with its record',
      stale: StaleMeetingRecordBody,
    }),
    addDecision: jsonWriteRoute(write, {
      operationId: 'addWorkshopDecision',
      summary: 'Record a decision (text, owner organisation, review date) in a cycle',
      method: 'post',
      path: '/{workshopId}/cycles/{cycleId}/decisions',
      params: CycleParams,
      body: DecisionInput,
      status: 201,
      response: Cycle,
      description: 'The cycle with its decisions',
    }),
    updateDecision: jsonWriteRoute(write, {
      operationId: 'updateWorkshopDecision',
      summary: "Change a decision's text, owner or review date",
      method: 'patch',
      path: '/{workshopId}/decisions/{decisionId}',
      params: DecisionParams,
      body: UpdateDecisionRequest,
      status: 200,
      response: Cycle,
      description: 'The cycle with its decisions',
      stale: StaleDecisionBody,
    }),
    removeDecision: noContentWriteRoute(write, {
      operationId: 'deleteWorkshopDecision',
      summary: 'Delete a decision',
      method: 'delete',
      path: '/{workshopId}/decisions/{decisionId}',
      params: DecisionParams,
    }),
  };
}
