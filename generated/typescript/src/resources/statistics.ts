// Generated from spec/groups/statistics.yaml by `python -m generator`; do not edit.
// Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DailyStatistics, HourlyStatistics, MonthlyStatistics, ProductDataOverview, QuarterHourStatistics, StatisticAggregation, StatisticTotal, StatisticType, WeeklyStatistics } from "../types.js";

export const LIST_TYPES: Operation = {
  id: "statistics.list_types",
  method: "GET",
  path: "/v1.0/devices/{device_id}/all-statistic-type",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "StatisticType"}},
};

export const GET_TOTAL: Operation = {
  id: "statistics.get_total",
  method: "GET",
  path: "/v1.0/devices/{device_id}/statistics/total",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "StatisticTotal"},
};

export const LIST_QUARTER_HOURS: Operation = {
  id: "statistics.list_quarter_hours",
  method: "GET",
  path: "/v1.0/devices/{device_id}/statistics/quarters",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "start_minute", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$"}},
    {"name": "end_minute", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "QuarterHourStatistics"},
};

export const LIST_HOURLY: Operation = {
  id: "statistics.list_hourly",
  method: "GET",
  path: "/v1.0/devices/{device_id}/statistics/hours",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "start_hour", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$"}},
    {"name": "end_hour", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$"}},
    {"name": "stat_type", "location": "query", "required": false, "sensitive": false, "schema": {"$ref": "StatisticAggregation"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "HourlyStatistics"},
};

export const LIST_DAILY: Operation = {
  id: "statistics.list_daily",
  method: "GET",
  path: "/v1.0/devices/{device_id}/statistics/days",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "start_day", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "format": "date-yyyymmdd", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"}},
    {"name": "end_day", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "format": "date-yyyymmdd", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"}},
    {"name": "stat_type", "location": "query", "required": false, "sensitive": false, "schema": {"$ref": "StatisticAggregation"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DailyStatistics"},
};

export const LIST_WEEKLY: Operation = {
  id: "statistics.list_weekly",
  method: "GET",
  path: "/v1.0/devices/{device_id}/statistics/weeks",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "start_week", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "end_week", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "WeeklyStatistics"},
};

export const LIST_MONTHLY: Operation = {
  id: "statistics.list_monthly",
  method: "GET",
  path: "/v1.0/devices/{device_id}/statistics/months",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "start_month", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])$"}},
    {"name": "end_month", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])$"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "MonthlyStatistics"},
};

export const GET_PRODUCT_OVERVIEW: Operation = {
  id: "statistics.get_product_overview",
  method: "GET",
  path: "/v1.0/statistics-datas-survey",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "product_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "ProductDataOverview"},
};

export interface StatisticsListTypesParams {
  /** Device ID. */
  device_id: string;
  /** Restrict the answer to one DP code; all DPs when omitted. */
  code?: string | undefined;
}

export interface StatisticsGetTotalParams {
  /** Device ID. */
  device_id: string;
  /** DP code with statistics enabled (see list_types), e.g. add_ele. */
  code: string;
}

export interface StatisticsListQuarterHoursParams {
  /** Device ID. */
  device_id: string;
  /** DP code with statistics enabled (see list_types), e.g. add_ele. */
  code: string;
  /**
   * First period, yyyyMMddHHmm on a quarter hour (e.g. 202305110000). Keep start and end on the same
   * day; the exact span Tuya accepts is not documented. Must match
   * `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$`.
   */
  start_minute: string;
  /**
   * Last period, yyyyMMddHHmm on a quarter hour (e.g. 202305112345). Must match
   * `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$`.
   */
  end_minute: string;
}

export interface StatisticsListHourlyParams {
  /** Device ID. */
  device_id: string;
  /** DP code with statistics enabled (see list_types), e.g. add_ele. */
  code: string;
  /**
   * First hour, yyyyMMddHH (e.g. 2023051100). Keep start and end within one day; the exact span Tuya
   * accepts is not documented. Must match
   * `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$`.
   */
  start_hour: string;
  /**
   * Last hour, yyyyMMddHH (e.g. 2023051123). Must match
   * `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$`.
   */
  end_hour: string;
  /** Aggregation to apply; the DP's configured one (see list_types) when omitted. */
  stat_type?: StatisticAggregation | undefined;
}

export interface StatisticsListDailyParams {
  /** Device ID. */
  device_id: string;
  /** DP code with statistics enabled (see list_types), e.g. add_ele. */
  code: string;
  /**
   * First day, yyyyMMdd (e.g. 20230501). The exact span Tuya accepts is not documented; keep it to about
   * a month. Must match `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$`.
   */
  start_day: string;
  /** Last day, yyyyMMdd (e.g. 20230531). Must match `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$`. */
  end_day: string;
  /** Aggregation to apply; the DP's configured one (see list_types) when omitted. */
  stat_type?: StatisticAggregation | undefined;
}

export interface StatisticsListWeeklyParams {
  /** Device ID. */
  device_id: string;
  /** DP code with statistics enabled (see list_types), e.g. add_ele. */
  code: string;
  /**
   * First week. The format is not documented in what we could read; presumably year and ISO week number,
   * yyyyWW (e.g. 202318), the only shape the fake cloud's world answers (others get 1109).
   */
  start_week: string;
  /** Last week, in the same format as start_week. */
  end_week: string;
}

export interface StatisticsListMonthlyParams {
  /** Device ID. */
  device_id: string;
  /** DP code with statistics enabled (see list_types), e.g. add_ele. */
  code: string;
  /**
   * First month, yyyyMM (e.g. 202301); use the same year as end_month. Must match
   * `^[0-9]{4}(0[1-9]|1[0-2])$`.
   */
  start_month: string;
  /** Last month, yyyyMM (e.g. 202312). Must match `^[0-9]{4}(0[1-9]|1[0-2])$`. */
  end_month: string;
}

export interface StatisticsGetProductOverviewParams {
  /** Product ID; leave out for all of the project's products. */
  product_id?: string | undefined;
}

/** Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele). */
export class StatisticsResource extends Resource {
  /**
   * List the DPs of a device that have statistics, with their aggregation.
   *
   * Returns each DP of the device for which the cloud keeps statistics together with its aggregation
   * (e.g. add_ele with sum). An empty list means statistics are not enabled for the product. Use the
   * returned code with the other statistics calls.
   *
   * @returns One entry per DP with statistics.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  listTypes(params: StatisticsListTypesParams, options?: RequestOptions): Promise<StatisticType[]> {
    return this.client.call<StatisticType[]>(LIST_TYPES, params, options);
  }

  /**
   * Get the lifetime total of a DP.
   *
   * Returns the cumulative value of one DP over the device's whole history, e.g. the total energy
   * recorded by add_ele.
   *
   * @returns The total.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  getTotal(params: StatisticsGetTotalParams, options?: RequestOptions): Promise<StatisticTotal> {
    return this.client.call<StatisticTotal>(GET_TOTAL, params, options);
  }

  /**
   * Get 15-minute values of a DP.
   *
   * Returns the DP's aggregate for every 15-minute period between start_minute and end_minute (up to 96
   * values a day). Tuya's list calls it "get data by minutes"; the periods are quarter hours. Clients
   * query one day per call (0000 to 2345).
   *
   * @returns The series under `quarters`.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  listQuarterHours(params: StatisticsListQuarterHoursParams, options?: RequestOptions): Promise<QuarterHourStatistics> {
    return this.client.call<QuarterHourStatistics>(LIST_QUARTER_HOURS, params, options);
  }

  /**
   * Get hourly values of a DP.
   *
   * Returns the DP's aggregate for every hour between start_hour and end_hour. Clients query one day per
   * call (hours 00 to 23).
   *
   * @returns The series under `hours`.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  listHourly(params: StatisticsListHourlyParams, options?: RequestOptions): Promise<HourlyStatistics> {
    return this.client.call<HourlyStatistics>(LIST_HOURLY, params, options);
  }

  /**
   * Get daily values of a DP.
   *
   * Returns the DP's aggregate for every day between start_day and end_day, e.g. the energy used per
   * day. Clients query at most one calendar month per call.
   *
   * @returns The series under `days`.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  listDaily(params: StatisticsListDailyParams, options?: RequestOptions): Promise<DailyStatistics> {
    return this.client.call<DailyStatistics>(LIST_DAILY, params, options);
  }

  /**
   * Get weekly values of a DP.
   *
   * Returns the DP's aggregate for every week between start_week and end_week. Listed on Tuya's page,
   * but the week format was not pinned down: check it against a real device before relying on this call.
   *
   * @returns The series under `weeks` (key name inferred from the sibling calls).
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  listWeekly(params: StatisticsListWeeklyParams, options?: RequestOptions): Promise<WeeklyStatistics> {
    return this.client.call<WeeklyStatistics>(LIST_WEEKLY, params, options);
  }

  /**
   * Get monthly values of a DP.
   *
   * Returns the DP's aggregate for every month between start_month and end_month, e.g. the energy used
   * per month. Clients keep both months in the same calendar year.
   *
   * @returns The series under `months`.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
   */
  listMonthly(params: StatisticsListMonthlyParams, options?: RequestOptions): Promise<MonthlyStatistics> {
    return this.client.call<MonthlyStatistics>(LIST_MONTHLY, params, options);
  }

  /**
   * Get the data overview of a product.
   *
   * Returns today's, yesterday's and total counts of activated devices, app users, feedback and device
   * faults for one product, or for all of the project's products when product_id is left out. The counts
   * are strings.
   *
   * @returns The overview.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/fa18fb10fa?id=Kay35qduzbyv6
   */
  getProductOverview(params: StatisticsGetProductOverviewParams = {}, options?: RequestOptions): Promise<ProductDataOverview> {
    return this.client.call<ProductDataOverview>(GET_PRODUCT_OVERVIEW, params, options);
  }
}
