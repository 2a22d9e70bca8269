// Failure impact and single points of failure: pure functions of the resolved model (the CLI, hovers and the preview read these).
export { failureImpact, failureSet, type FailureImpact, type ImpactFlow, type ImpactStep, type Stall, type StallReason } from './failure';
export { singlePointsOfFailure, type SpofReport, type SinglePoint, type ExternalDependency } from './spof';
export { isRedundant, redundancyOf } from './redundancy';
export { reachedFrom, requestPaths } from './paths';
export { flowsOf } from './flows';
export { elementAtPosition, whatIf, whatIfLensesOf, WHAT_IF_FAILS, WHAT_IF_TITLE, type FailingStep, type WhatIf } from './whatIf';
