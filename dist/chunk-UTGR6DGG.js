import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors_exports,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify
} from "./chunk-555PLDPS.js";
import {
  ALREADY_APPLIED
} from "./chunk-TQCHCEE6.js";
import {
  DEFAULT_POLICY,
  InputError,
  OAuthError,
  YamlReader,
  callOperations,
  codeOf,
  evaluate,
  fileDigest,
  inlineCopy,
  isPosition,
  parsePolicy,
  parseWithSqlParser,
  planDigest,
  relationName,
  require_picomatch,
  require_wasm,
  settingOperations,
  sha256Hex,
  splitStatements,
  statementDigest,
  todayOf,
  wrapAsFunction
} from "./chunk-QSGYCVYZ.js";
import {
  je
} from "./chunk-JLUL2CWT.js";
import {
  catalogWriteEffects,
  delta,
  describeObject,
  diffSnapshots,
  inOwnTransaction,
  isCatalogWrite,
  judge,
  ruleOf
} from "./chunk-IL3JVSOA.js";
import {
  require_promise,
  snapshotMysql
} from "./chunk-YWAC6ZPY.js";
import {
  esm_default,
  require_dist,
  require_parser
} from "./chunk-SUX2IRZQ.js";
import {
  SNAPSHOT_AT,
  TRANSACTION_COUNTERS_SQL,
  catalogObjects,
  pinnedSnapshot,
  transactionCounters
} from "./chunk-SZ3752GF.js";
import {
  quoteLiteral
} from "./chunk-2264ZY6O.js";
import {
  effectKey
} from "./chunk-3HL5GMKQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LF3FUY2S.js";

// node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function getValueString(value) {
      if (Number.isNaN(value)) {
        return "Nan";
      } else if (!Number.isFinite(value)) {
        if (value < 0) {
          return "-Inf";
        } else {
          return "+Inf";
        }
      } else {
        return `${value}`;
      }
    };
    exports.removeLabels = function removeLabels(hashMap, labels, sortedLabelNames) {
      const hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function setValue(hashMap, value, labels) {
      const hash = hashObject(labels);
      hashMap[hash] = {
        value: typeof value === "number" ? value : 0,
        labels: labels || {}
      };
      return hashMap;
    };
    exports.setValueDelta = function setValueDelta(hashMap, deltaValue, labels, hash = "") {
      const value = typeof deltaValue === "number" ? deltaValue : 0;
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    };
    exports.getLabels = function(labelNames, args) {
      if (typeof args[0] === "object") {
        return args[0];
      }
      if (labelNames.length !== args.length) {
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames.length}): "${labelNames.join(", ")}".`
        );
      }
      const acc = {};
      for (let i = 0; i < labelNames.length; i++) {
        acc[labelNames[i]] = args[i];
      }
      return acc;
    };
    function fastHashObject(keys, labels) {
      if (keys.length === 0) {
        return "";
      }
      let hash = "";
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = labels[key];
        if (value === void 0) continue;
        hash += `${key}:${value},`;
      }
      return hash;
    }
    function hashObject(labels, labelNames) {
      if (labelNames) {
        return fastHashObject(labelNames, labels);
      }
      const keys = Object.keys(labels);
      if (keys.length > 1) {
        keys.sort();
      }
      return fastHashObject(keys, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function isObject(obj) {
      return obj !== null && typeof obj === "object";
    };
    exports.nowTimestamp = function nowTimestamp() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        if (this.has(key)) {
          this.get(key).push(value);
        } else {
          this.set(key, [value]);
        }
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util();
    var Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        this._metrics = {};
        this._collectors = [];
        this._defaultLabels = {};
        if (regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE) {
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        }
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        const metric = typeof metrics.getForPromString === "function" ? await metrics.getForPromString() : await metrics.get();
        const name = escapeString(metric.name);
        const help = `# HELP ${name} ${escapeString(metric.help)}`;
        const type = `# TYPE ${name} ${metric.type}`;
        const values = [help, type];
        const defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null;
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (const val of metric.values || []) {
          let { metricName = name, labels = {} } = val;
          const { sharedLabels = {} } = val;
          if (isOpenMetrics && metric.type === "counter") {
            metricName = `${metricName}_total`;
          }
          if (defaultLabels) {
            labels = { ...labels, ...defaultLabels, ...labels };
          }
          const formattedLabels = formatLabels(labels, sharedLabels);
          const flattenedShared = flattenSharedLabels(sharedLabels);
          const labelParts = [...formattedLabels, flattenedShared].filter(Boolean);
          const labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "";
          let fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`;
          const { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            const formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values.push(fullMetricLine);
        }
        return values.join("\n");
      }
      async metrics() {
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        const promises = this.getMetricsAsArray().map((metric) => {
          if (isOpenMetrics && metric.type === "counter") {
            metric.name = standardizeCounterName(metric.name);
          }
          return this.getMetricsAsString(metric);
        });
        const resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join("\n")}
# EOF
` : `${resolves.join("\n\n")}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) {
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        }
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {};
        this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        const metrics = [];
        const defaultLabelNames = Object.keys(this._defaultLabels);
        const promises = [];
        for (const metric of this.getMetricsAsArray()) {
          promises.push(metric.get());
        }
        const resolves = await Promise.all(promises);
        for (const item of resolves) {
          if (item.values && defaultLabelNames.length > 0) {
            for (const val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (const labelName of defaultLabelNames) {
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
              }
            }
          }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name) {
        delete this._metrics[name];
      }
      getSingleMetricAsString(name) {
        return this.getMetricsAsString(this._metrics[name]);
      }
      getSingleMetric(name) {
        return this._metrics[name];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (const metric in this._metrics) {
          this._metrics[metric].reset();
        }
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE) {
          this._contentType = metricsContentType;
        } else {
          throw new Error(`Content type ${metricsContentType} is unsupported`);
        }
      }
      static merge(registers) {
        const regType = registers[0].contentType;
        for (const reg of registers) {
          if (reg.contentType !== regType) {
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
          }
        }
        const mergedRegistry = new _Registry(regType);
        const metricsToMerge = registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        );
        metricsToMerge.forEach(mergedRegistry.registerMetric, mergedRegistry);
        return mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      const { hasOwnProperty } = Object.prototype;
      const formatted = [];
      for (const [name, value] of Object.entries(labels)) {
        if (!exclude || !hasOwnProperty.call(exclude, name)) {
          formatted.push(`${name}="${escapeLabelValue(value)}"`);
        }
      }
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      const cached = sharedLabelCache.get(labels);
      if (cached) {
        return cached;
      }
      const formattedLabels = formatLabels(labels);
      const flattened = formattedLabels.join(",");
      sharedLabelCache.set(labels, flattened);
      return flattened;
    }
    function escapeLabelValue(str) {
      if (typeof str !== "string") {
        return str;
      }
      return escapeString(str).replace(/"/g, '\\"');
    }
    function escapeString(str) {
      return str.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name) {
      return name.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util");
    var metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
    var labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name) {
      return metricRegexp.test(name);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name) => labelRegexp.test(name));
    };
    exports.validateLabel = function validateLabel(savedLabels, labels) {
      for (const label in labels) {
        if (!savedLabels.includes(label)) {
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
        }
      }
    };
  }
});

// node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { isObject } = require_util();
    var { validateMetricName, validateLabelName } = require_validation();
    var Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject(config)) {
          throw new TypeError("constructor expected a config object");
        }
        Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: false
          },
          defaults,
          config
        );
        if (!this.registers) {
          this.registers = [Registry2.globalRegistry];
        }
        if (!this.help) {
          throw new Error("Missing mandatory help parameter");
        }
        if (!this.name) {
          throw new Error("Missing mandatory name parameter");
        }
        if (!validateMetricName(this.name)) {
          throw new Error("Invalid metric name");
        }
        if (!validateLabelName(this.labelNames)) {
          throw new Error("Invalid label name");
        }
        if (this.collect && typeof this.collect !== "function") {
          throw new Error('Optional "collect" parameter must be a function');
        }
        if (this.labelNames) {
          this.sortedLabelNames = [...this.labelNames].sort();
        } else {
          this.sortedLabelNames = [];
        }
        this.reset();
        for (const register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE) {
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          }
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet;
        this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (const [labelName, labelValue] of Object.entries(labelSet)) {
          res += `${labelName}${labelValue}`;
        }
        if (res.length > 128) {
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
        }
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      hashObject,
      isObject,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Counter2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "counter";
        this.defaultLabels = {};
        this.defaultValue = 1;
        this.defaultExemplarLabelSet = {};
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.inc = this.incWithExemplar;
        } else {
          this.inc = this.incWithoutExemplar;
        }
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject(labels)) {
          hash = hashObject(labels, this.sortedLabelNames);
          validateLabel(this.labelNames, labels);
        } else {
          value = labels;
          labels = {};
        }
        if (value && !Number.isFinite(value)) {
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        }
        if (value < 0) {
          throw new Error("It is not possible to decrease a counter");
        }
        if (value === null || value === void 0) value = 1;
        setValue(this.hashMap, value, labels, hash);
        return { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        const res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        if (exemplarLabels === this.defaultExemplarLabelSet) return;
        if (!isObject(this.hashMap[hash].exemplar)) {
          this.hashMap[hash].exemplar = new Exemplar();
        }
        this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels);
        this.hashMap[hash].exemplar.labelSet = exemplarLabels;
        this.hashMap[hash].exemplar.value = value ? value : 1;
        this.hashMap[hash].exemplar.timestamp = nowTimestamp();
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0);
        }
      }
      async get() {
        if (this.collect) {
          const v2 = this.collect();
          if (v2 instanceof Promise) await v2;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        validateLabel(this.labelNames, labels);
        return removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject,
      removeLabels
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Gauge = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0, {});
        }
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        const now = Date.now() / 1e3;
        if (labels === void 0) {
          this.set(now);
        } else {
          this.set(labels, now);
        }
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        const start = process.hrtime();
        return (endLabels) => {
          const delta2 = process.hrtime(start);
          const value = delta2[0] + delta2[1] / 1e9;
          this.set(Object.assign({}, labels, endLabels), value);
          return value;
        };
      }
      async get() {
        if (this.collect) {
          const v2 = this.collect();
          if (v2 instanceof Promise) await v2;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        const hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value !== "number") {
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      }
      validateLabel(gauge.labelNames, labels);
      setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta2) {
      if (typeof delta2 !== "number") {
        throw new TypeError(`Delta is not a valid number: ${util.format(delta2)}`);
      }
      validateLabel(gauge.labelNames, labels);
      const hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta2, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject(labels) ? value : labels;
    }
    module.exports = Gauge;
  }
});

// node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      getLabels,
      hashObject,
      isObject,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Histogram2 = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        });
        this.type = "histogram";
        this.defaultLabels = {};
        this.defaultExemplarLabelSet = {};
        this.enableExemplars = false;
        for (const label of this.labelNames) {
          if (label === "le") {
            throw new Error("le is a reserved label keyword");
          }
        }
        this.upperBounds = this.buckets;
        this.bucketValues = this.upperBounds.reduce((acc, upperBound) => {
          acc[upperBound] = 0;
          return acc;
        }, {});
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => {
            acc[upperBound] = null;
            return acc;
          }, {});
          Object.freeze(this.bucketExemplars);
          this.observe = this.observeWithExemplar;
        } else {
          this.observe = this.observeWithoutExemplar;
        }
        Object.freeze(this.bucketValues);
        Object.freeze(this.upperBounds);
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: createBaseValues(
              {},
              this.bucketValues,
              this.bucketExemplars
            )
          };
        }
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
        this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        const hash = hashObject(labels, this.sortedLabelNames);
        const bound = findBound(this.upperBounds, value);
        const { bucketExemplars } = this.hashMap[hash];
        let exemplar = bucketExemplars[bound];
        if (!isObject(exemplar)) {
          exemplar = new Exemplar();
          bucketExemplars[bound] = exemplar;
        }
        exemplar.validateExemplarLabelSet(exemplarLabels);
        exemplar.labelSet = exemplarLabels;
        exemplar.value = value;
        exemplar.timestamp = nowTimestamp();
      }
      async get() {
        const data = await this.getForPromString();
        data.values = data.values.map(splayLabels);
        return data;
      }
      async getForPromString() {
        if (this.collect) {
          const v2 = this.collect();
          if (v2 instanceof Promise) await v2;
        }
        const data = Object.values(this.hashMap);
        const values = data.map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        const hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta2 = process.hrtime(start);
          const value = delta2[0] + delta2[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          const delta2 = process.hrtime(start);
          const value = delta2[0] + delta2[1] / 1e9;
          this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          });
          return value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        const bound = upperBounds[i];
        if (value <= bound) {
          return bound;
        }
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labelValuePair.labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let valueFromMap = this.hashMap[hash];
        if (!valueFromMap) {
          valueFromMap = createBaseValues(
            labelValuePair.labels,
            this.bucketValues,
            this.bucketExemplars
          );
        }
        const b2 = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value;
        valueFromMap.count += 1;
        if (Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b2)) {
          valueFromMap.bucketValues[b2] += 1;
        }
        this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      const result = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      if (bucketExemplars) {
        result.bucketExemplars = { ...bucketExemplars };
      }
      return result;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      const name = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        const buckets = histogram.upperBounds.map((upperBound) => {
          acc += bucketData.bucketValues[upperBound];
          return setValuePair(
            { le: upperBound },
            acc,
            name,
            bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
            bucketData.labels
          );
        });
        return { buckets, data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d3) => {
        acc.push(...d3.buckets);
        const infLabel = { le: "+Inf" };
        acc.push(
          setValuePair(
            infLabel,
            d3.data.count,
            `${histogram.name}_bucket`,
            d3.data.bucketExemplars ? d3.data.bucketExemplars["-1"] : null,
            d3.data.labels
          ),
          setValuePair(
            {},
            d3.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d3.data.labels
          ),
          setValuePair(
            {},
            d3.data.count,
            `${histogram.name}_count`,
            void 0,
            d3.data.labels
          )
        );
        return acc;
      };
    }
    function splayLabels(bucket) {
      const { sharedLabels, labels, ...newBucket } = bucket;
      for (const label of Object.keys(sharedLabels)) {
        labels[label] = sharedLabels[label];
      }
      newBucket.labels = labels;
      return newBucket;
    }
    module.exports = Histogram2;
  }
});

// node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null;
      this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      var res = this._root;
      while (res !== null) {
        var c2 = this._comparator(data, res.data);
        if (c2 === 0) {
          return res.data;
        } else {
          res = res.get_child(c2 > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      var res = this._root;
      var iter = this.iterator();
      while (res !== null) {
        var c2 = this._comparator(data, res.data);
        if (c2 === 0) {
          iter._cursor = res;
          return iter;
        } else {
          iter._ancestors.push(res);
          res = res.get_child(c2 > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      var cur = this._root;
      var iter = this.iterator();
      var cmp = this._comparator;
      while (cur !== null) {
        var c2 = cmp(item, cur.data);
        if (c2 === 0) {
          iter._cursor = cur;
          return iter;
        }
        iter._ancestors.push(cur);
        cur = cur.get_child(c2 > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i) {
        cur = iter._ancestors[i];
        if (cmp(item, cur.data) < 0) {
          iter._cursor = cur;
          iter._ancestors.length = i;
          return iter;
        }
      }
      iter._ancestors.length = 0;
      return iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      var iter = this.lowerBound(item);
      var cmp = this._comparator;
      while (iter.data() !== null && cmp(iter.data(), item) === 0) {
        iter.next();
      }
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.left !== null) {
        res = res.left;
      }
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.right !== null) {
        res = res.right;
      }
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.next()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    TreeBase.prototype.reach = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.prev()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    function Iterator(tree) {
      this._tree = tree;
      this._ancestors = [];
      this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._minNode(root);
        }
      } else {
        if (this._cursor.right === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.right === save);
        } else {
          this._ancestors.push(this._cursor);
          this._minNode(this._cursor.right);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._maxNode(root);
        }
      } else {
        if (this._cursor.left === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.left === save);
        } else {
          this._ancestors.push(this._cursor);
          this._maxNode(this._cursor.left);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start) {
      while (start.left !== null) {
        this._ancestors.push(start);
        start = start.left;
      }
      this._cursor = start;
    };
    Iterator.prototype._maxNode = function(start) {
      while (start.right !== null) {
        this._ancestors.push(start);
        start = start.right;
      }
      this._cursor = start;
    };
    module.exports = TreeBase;
  }
});

// node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
      this.red = true;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function RBTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = false;
      if (this._root === null) {
        this._root = new Node(data);
        ret2 = true;
        this.size++;
      } else {
        var head = new Node(void 0);
        var dir = 0;
        var last = 0;
        var gp = null;
        var ggp = head;
        var p3 = null;
        var node = this._root;
        ggp.right = this._root;
        while (true) {
          if (node === null) {
            node = new Node(data);
            p3.set_child(dir, node);
            ret2 = true;
            this.size++;
          } else if (is_red(node.left) && is_red(node.right)) {
            node.red = true;
            node.left.red = false;
            node.right.red = false;
          }
          if (is_red(node) && is_red(p3)) {
            var dir2 = ggp.right === gp;
            if (node === p3.get_child(last)) {
              ggp.set_child(dir2, single_rotate(gp, !last));
            } else {
              ggp.set_child(dir2, double_rotate(gp, !last));
            }
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0) {
            break;
          }
          last = dir;
          dir = cmp < 0;
          if (gp !== null) {
            ggp = gp;
          }
          gp = p3;
          p3 = node;
          node = node.get_child(dir);
        }
        this._root = head.right;
      }
      this._root.red = false;
      return ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p3 = null;
      var gp = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        var last = dir;
        gp = p3;
        p3 = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
        if (!is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p3.set_child(last, sr);
            p3 = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p3.get_child(!last);
            if (sibling !== null) {
              if (!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last))) {
                p3.red = false;
                sibling.red = true;
                node.red = true;
              } else {
                var dir2 = gp.right === p3;
                if (is_red(sibling.get_child(last))) {
                  gp.set_child(dir2, double_rotate(p3, last));
                } else if (is_red(sibling.get_child(!last))) {
                  gp.set_child(dir2, single_rotate(p3, last));
                }
                var gpc = gp.get_child(dir2);
                gpc.red = true;
                node.red = true;
                gpc.left.red = false;
                gpc.right.red = false;
              }
            }
          }
        }
      }
      if (found !== null) {
        found.data = node.data;
        p3.set_child(p3.right === node, node.get_child(node.left === null));
        this.size--;
      }
      this._root = head.right;
      if (this._root !== null) {
        this._root.red = false;
      }
      return found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root, dir) {
      var save = root.get_child(!dir);
      root.set_child(!dir, save.get_child(dir));
      save.set_child(dir, root);
      root.red = true;
      save.red = false;
      return save;
    }
    function double_rotate(root, dir) {
      root.set_child(!dir, single_rotate(root.get_child(!dir), !dir));
      return single_rotate(root, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function BinTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null) {
        this._root = new Node(data);
        this.size++;
        return true;
      }
      var dir = 0;
      var p3 = null;
      var node = this._root;
      while (true) {
        if (node === null) {
          node = new Node(data);
          p3.set_child(dir, node);
          ret = true;
          this.size++;
          return true;
        }
        if (this._comparator(node.data, data) === 0) {
          return false;
        }
        dir = this._comparator(node.data, data) < 0;
        p3 = node;
        node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p3 = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        p3 = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
      }
      if (found !== null) {
        found.data = node.data;
        p3.set_child(p3.right === node, node.get_child(node.left === null));
        this._root = head.right;
        this.size--;
        return true;
      } else {
        return false;
      }
    };
    module.exports = BinTree;
  }
});

// node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta2, K2, CX) {
      this.discrete = delta2 === false;
      this.delta = delta2 || 0.01;
      this.K = K2 === void 0 ? 25 : K2;
      this.CX = CX === void 0 ? 1.1 : CX;
      this.centroids = new RBTree(compare_centroid_means);
      this.nreset = 0;
      this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear();
      this.n = 0;
      this.nreset += 1;
      this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result = [];
      if (everything) {
        this._cumulate(true);
        this.centroids.each(function(c2) {
          result.push(c2);
        });
      } else {
        this.centroids.each(function(c2) {
          result.push({ mean: c2.mean, n: c2.n });
        });
      }
      return result;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ";
      var s2 = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s2.join("\n");
    };
    function compare_centroid_means(a2, b2) {
      return a2.mean > b2.mean ? 1 : a2.mean < b2.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a2, b2) {
      return a2.mean_cumn - b2.mean_cumn;
    }
    TDigest.prototype.push = function(x3, n2) {
      n2 = n2 || 1;
      x3 = Array.isArray(x3) ? x3 : [x3];
      for (var i = 0; i < x3.length; i++) {
        this._digest(x3[i], n2);
      }
    };
    TDigest.prototype.push_centroid = function(c2) {
      c2 = Array.isArray(c2) ? c2 : [c2];
      for (var i = 0; i < c2.length; i++) {
        this._digest(c2[i].mean, c2[i].n);
      }
    };
    TDigest.prototype._cumulate = function(exact) {
      if (this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate) {
        return;
      }
      var cumn = 0;
      this.centroids.each(function(c2) {
        c2.mean_cumn = cumn + c2.n / 2;
        cumn = c2.cumn = cumn + c2.n;
      });
      this.n = this.last_cumulate = cumn;
    };
    TDigest.prototype.find_nearest = function(x3) {
      if (this.size() === 0) {
        return null;
      }
      var iter = this.centroids.lowerBound({ mean: x3 });
      var c2 = iter.data() === null ? iter.prev() : iter.data();
      if (c2.mean === x3 || this.discrete) {
        return c2;
      }
      var prev = iter.prev();
      if (prev && Math.abs(prev.mean - x3) < Math.abs(c2.mean - x3)) {
        return prev;
      } else {
        return c2;
      }
    };
    TDigest.prototype._new_centroid = function(x3, n2, cumn) {
      var c2 = { mean: x3, n: n2, cumn };
      this.centroids.insert(c2);
      this.n += n2;
      return c2;
    };
    TDigest.prototype._addweight = function(nearest, x3, n2) {
      if (x3 !== nearest.mean) {
        nearest.mean += n2 * (x3 - nearest.mean) / (nearest.n + n2);
      }
      nearest.cumn += n2;
      nearest.mean_cumn += n2 / 2;
      nearest.n += n2;
      this.n += n2;
    };
    TDigest.prototype._digest = function(x3, n2) {
      var min = this.centroids.min();
      var max = this.centroids.max();
      var nearest = this.find_nearest(x3);
      if (nearest && nearest.mean === x3) {
        this._addweight(nearest, x3, n2);
      } else if (nearest === min) {
        this._new_centroid(x3, n2, 0);
      } else if (nearest === max) {
        this._new_centroid(x3, n2, this.n);
      } else if (this.discrete) {
        this._new_centroid(x3, n2, nearest.cumn);
      } else {
        var p3 = nearest.mean_cumn / this.n;
        var max_n = Math.floor(4 * this.n * this.delta * p3 * (1 - p3));
        if (max_n - nearest.n >= n2) {
          this._addweight(nearest, x3, n2);
        } else {
          this._new_centroid(x3, n2, nearest.cumn);
        }
      }
      this._cumulate(false);
      if (!this.discrete && this.K && this.size() > this.K / this.delta) {
        this.compress();
      }
    };
    TDigest.prototype.bound_mean = function(x3) {
      var iter = this.centroids.upperBound({ mean: x3 });
      var lower = iter.prev();
      var upper = lower.mean === x3 ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist];
      var ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x3) {
      if (this.size() === 0) {
        return void 0;
      } else if (x3 < this.centroids.min().mean) {
        return 0;
      } else if (x3 > this.centroids.max().mean) {
        return 1;
      }
      this._cumulate(true);
      var bound = this.bound_mean(x3);
      var lower = bound[0], upper = bound[1];
      if (this.discrete) {
        return lower.cumn / this.n;
      } else {
        var cumn = lower.mean_cumn;
        if (lower !== upper) {
          cumn += (x3 - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean);
        }
        return cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev();
      var upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist];
      var qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p3) {
      if (this.size() === 0) {
        return void 0;
      }
      this._cumulate(true);
      var h = this.n * p3;
      var bound = this.bound_mean_cumn(h);
      var lower = bound[0], upper = bound[1];
      if (upper === lower || lower === null || upper === null) {
        return (lower || upper).mean;
      } else if (!this.discrete) {
        return lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      } else if (h <= lower.cumn) {
        return lower.mean;
      } else {
        return upper.mean;
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (this.compressing) {
        return;
      }
      var points = this.toArray();
      this.reset();
      this.compressing = true;
      while (points.length > 0) {
        this.push_centroid(pop_random(points));
      }
      this._cumulate(true);
      this.compressing = false;
    };
    function Digest(config) {
      this.config = config || {};
      this.mode = this.config.mode || "auto";
      TDigest.call(this, this.mode === "cont" ? config.delta : false);
      this.digest_ratio = this.config.ratio || 0.9;
      this.digest_thresh = this.config.thresh || 1e3;
      this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist);
      this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x3, n2, cumn) {
      this.n_unique += 1;
      TDigest.prototype._new_centroid.call(this, x3, n2, cumn);
    };
    Digest.prototype._addweight = function(nearest, x3, n2) {
      if (nearest.n === 1) {
        this.n_unique -= 1;
      }
      TDigest.prototype._addweight.call(this, nearest, x3, n2);
    };
    Digest.prototype.check_continuous = function() {
      if (this.mode !== "auto" || this.size() < this.digest_thresh) {
        return false;
      }
      if (this.n_unique / this.size() > this.digest_ratio) {
        this.mode = "cont";
        this.discrete = false;
        this.delta = this.config.delta || 0.01;
        this.compress();
        return true;
      }
      return false;
    };
    module.exports = {
      "TDigest": TDigest,
      "Digest": Digest
    };
  }
});

// node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest();
    var TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0;
        this.ageBuckets = ageBuckets || 0;
        this.shouldRotate = maxAgeSeconds && ageBuckets;
        this.ringBuffer = Array(ageBuckets).fill(new TDigest());
        this.currentBuffer = 0;
        this.lastRotateTimestampMillis = Date.now();
        this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || Infinity;
      }
      size() {
        const bucket = rotate.call(this);
        return bucket.size();
      }
      percentile(quantile) {
        const bucket = rotate.call(this);
        return bucket.percentile(quantile);
      }
      push(value) {
        rotate.call(this);
        this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      while (timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate) {
        this.ringBuffer[this.currentBuffer] = new TDigest();
        if (++this.currentBuffer >= this.ringBuffer.length) {
          this.currentBuffer = 0;
        }
        timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis;
        this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      }
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var { getLabels, hashObject, removeLabels } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var timeWindowQuantiles = require_timeWindowQuantiles();
    var DEFAULT_COMPRESS_COUNT = 1e3;
    var Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        });
        this.type = "summary";
        for (const label of this.labelNames) {
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        }
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: {
              labels: {},
              td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
              count: 0,
              sum: 0
            }
          };
        }
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          const v2 = this.collect();
          if (v2 instanceof Promise) await v2;
        }
        const hashKeys = Object.keys(this.hashMap);
        const values = [];
        hashKeys.forEach((hashKey) => {
          const s2 = this.hashMap[hashKey];
          if (s2) {
            if (this.pruneAgedBuckets && s2.td.size() === 0) {
              delete this.hashMap[hashKey];
            } else {
              extractSummariesForExport(s2, this.percentiles).forEach((v2) => {
                values.push(v2);
              });
              values.push(getSumForExport(s2, this));
              values.push(getCountForExport(s2, this));
            }
          }
        });
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        const data = Object.values(this.hashMap);
        data.forEach((s2) => {
          s2.td.reset();
          s2.count = 0;
          s2.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      summaryOfLabels.td.compress();
      return percentiles.map((percentile) => {
        const percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue ? percentileValue : 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta2 = process.hrtime(start);
          const value = delta2[0] + delta2[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let summaryOfLabel = this.hashMap[hash];
        if (!summaryOfLabel) {
          summaryOfLabel = {
            labels: labelValuePair.labels,
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          };
        }
        summaryOfLabel.td.push(labelValuePair.value);
        summaryOfLabel.count++;
        if (summaryOfLabel.count % this.compressCount === 0) {
          summaryOfLabel.td.compress();
        }
        summaryOfLabel.sum += labelValuePair.value;
        this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      if (value === void 0) {
        return {
          value: labels,
          labels: {}
        };
      }
      return {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url");
    var http = __require("http");
    var https = __require("https");
    var { gzipSync } = __require("zlib");
    var { globalRegistry } = require_registry();
    var Pushgateway = class {
      constructor(gatewayUrl, options, registry) {
        if (!registry) {
          registry = globalRegistry;
        }
        this.registry = registry;
        this.gatewayUrl = gatewayUrl;
        const { requireJobName, ...requestOptions } = {
          requireJobName: true,
          ...options
        };
        this.requireJobName = requireJobName;
        this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      const gatewayUrlParsed = url.parse(this.gatewayUrl);
      const gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "";
      const jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "";
      const path = `${gatewayUrlPath}/metrics${jobPath}`;
      const target = url.resolve(this.gatewayUrl, path);
      const requestParams = url.parse(target);
      const httpModule = isHttps(requestParams.href) ? https : http;
      const options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve2, reject) => {
        if (method === "DELETE" && options.headers) {
          delete options.headers["Content-Encoding"];
        }
        const req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8");
          resp.on("data", (chunk) => {
            body += chunk;
          });
          resp.on("end", () => {
            if (resp.statusCode >= 400) {
              reject(
                new Error(`push failed with status ${resp.statusCode}, ${body}`)
              );
            } else {
              resolve2({ resp, body });
            }
          });
        });
        req.on("error", (err) => {
          reject(err);
        });
        req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        });
        if (method !== "DELETE") {
          this.registry.metrics().then((metrics) => {
            if (options.headers && options.headers["Content-Encoding"] === "gzip") {
              metrics = gzipSync(metrics);
            }
            req.write(metrics);
            req.end();
          }).catch((err) => {
            reject(err);
          });
        } else {
          req.end();
        }
      });
    }
    function generateGroupings(groupings) {
      if (!groupings) {
        return "";
      }
      return Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("");
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start, width, count) => {
      if (count < 1) {
        throw new Error("Linear buckets needs a positive count");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start + i * width;
      }
      return buckets;
    };
    exports.exponentialBuckets = (start, factor, count) => {
      if (start <= 0) {
        throw new Error("Exponential buckets needs a positive start");
      }
      if (count < 1) {
        throw new Error("Exponential buckets needs a positive count");
      }
      if (factor <= 1) {
        throw new Error("Exponential buckets needs a factor greater than 1");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start;
        start *= factor;
      }
      return buckets;
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      DiagLogLevel2[DiagLogLevel2["NONE"] = 0] = "NONE";
      DiagLogLevel2[DiagLogLevel2["ERROR"] = 30] = "ERROR";
      DiagLogLevel2[DiagLogLevel2["WARN"] = 50] = "WARN";
      DiagLogLevel2[DiagLogLevel2["INFO"] = 60] = "INFO";
      DiagLogLevel2[DiagLogLevel2["DEBUG"] = 70] = "DEBUG";
      DiagLogLevel2[DiagLogLevel2["VERBOSE"] = 80] = "VERBOSE";
      DiagLogLevel2[DiagLogLevel2["ALL"] = 9999] = "ALL";
      return DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION = "1.10.0";
    exports.VERSION = VERSION;
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version();
    var re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
      const rejectedVersions = /* @__PURE__ */ new Set();
      const myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => false;
      const ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v2) {
        rejectedVersions.add(v2);
        return false;
      }
      function _accept(v2) {
        acceptedVersions.add(v2);
        return true;
      }
      return function isCompatible2(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return true;
        if (rejectedVersions.has(globalVersion)) return false;
        const globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        const globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
        if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
        if (ownVersionParsed.major === 0) {
          if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
          return _reject(globalVersion);
        }
        if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
        return _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version();
    var require_semver2 = require_semver();
    var major = require_version3.VERSION.split(".")[0];
    var GLOBAL_OPENTELEMETRY_API_KEY = /* @__PURE__ */ Symbol.for(`opentelemetry.js.api.${major}`);
    var _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: true,
        writable: false,
        configurable: false
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = false) {
      var _global$GLOBAL_OPENTE;
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        diag.error(err.stack || err.message);
        return false;
      }
      if (api.version !== "1.10.0") {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        diag.error(err.stack || err.message);
        return false;
      }
      api[type] = instance;
      diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`);
      return true;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api == null) return;
      if (api !== _compatibleGlobalApi) {
        if (!api.version || !require_semver2.isCompatible(api.version)) return;
        _compatibleGlobalApi = api;
      }
      return api[type];
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api) delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      const logger = require_global_utils2.getGlobal("diag");
      if (!logger) return;
      return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      if (maxLevel < 0) maxLevel = 0;
      else if (maxLevel > 9999) maxLevel = 9999;
      logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        const theFunc = logger[funcName];
        if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
        return function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger();
    var API_NAME = "diag";
    var DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        if (!this._instance) this._instance = new DiagAPI2();
        return this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            const logger = require_global_utils2.getGlobal("diag");
            if (!logger) return;
            return logger[funcName](...args);
          };
        }
        const self2 = this;
        const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
            return false;
          }
          if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
          const oldLogger = require_global_utils2.getGlobal("diag");
          const newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`);
            newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, true);
        };
        self2.setLogger = setLogger;
        self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        };
        self2.createComponentLogger = (options) => {
          return new require_ComponentLogger2.DiagComponentLogger(options);
        };
        self2.verbose = _logProxy("verbose");
        self2.debug = _logProxy("debug");
        self2.info = _logProxy("info");
        self2.warn = _logProxy("warn");
        self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries) {
        this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        const entry = this._entries.get(key);
        if (!entry) return;
        return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.set(key, entry);
        return newBaggage;
      }
      removeEntry(key) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.delete(key);
        return newBaggage;
      }
      removeEntries(...keys) {
        const newBaggage = new BaggageImpl2(this._entries);
        for (const key of keys) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = /* @__PURE__ */ Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag();
    var require_baggage_impl2 = require_baggage_impl();
    var require_symbol2 = require_symbol();
    var diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries)));
    }
    function baggageEntryMetadataFromString(str) {
      if (typeof str !== "string") {
        diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`);
        str = "";
      }
      return {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        const self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
        self2.getValue = (key) => self2._currentContext.get(key);
        self2.setValue = (key, value) => {
          const context3 = new BaseContext(self2._currentContext);
          context3._currentContext.set(key, value);
          return context3;
        };
        self2.deleteValue = (key) => {
          const context3 = new BaseContext(self2._currentContext);
          context3._currentContext.delete(key);
          return context3;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ];
    var _originalConsoleMethods = {};
    if (typeof console !== "undefined") {
      for (const key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) if (typeof console[key] === "function") _originalConsoleMethods[key] = console[key];
    }
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc !== "function") theFunc = _originalConsoleMethods["log"];
            if (typeof theFunc !== "function" && console) {
              theFunc = console[funcName];
              if (typeof theFunc !== "function") theFunc = console.log;
            }
            if (typeof theFunc === "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    };
    var NoopMetric = class {
    };
    var NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    };
    var NoopObservableCounterMetric = class extends NoopObservableMetric {
    };
    var NoopObservableGaugeMetric = class extends NoopObservableMetric {
    };
    var NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    };
    var NOOP_METER = new NoopMeter();
    var NOOP_COUNTER_METRIC = new NoopCounterMetric();
    var NOOP_GAUGE_METRIC = new NoopGaugeMetric();
    var NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
    var NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
    var NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
    var NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
    var NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      ValueType2[ValueType2["INT"] = 0] = "INT";
      ValueType2[ValueType2["DOUBLE"] = 1] = "DOUBLE";
      return ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return false;
      }
    };
    var NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
      SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
      SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
      SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
      SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
      SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
      SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
      SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
      SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
      SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
      SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
      SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
      SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
      SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
      SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
      SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
      SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
      SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
      SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
      SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
      SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
      SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
      SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
      SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
      SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
      return SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier == null) return;
        return carrier[key];
      },
      keys(carrier) {
        if (carrier == null) return [];
        return Object.keys(carrier);
      }
    };
    var defaultTextMapSetter = { set(carrier, key, value) {
      if (carrier == null) return;
      carrier[key] = value;
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      TraceFlags2[TraceFlags2["NONE"] = 0] = "NONE";
      TraceFlags2[TraceFlags2["SAMPLED"] = 1] = "SAMPLED";
      return TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000";
    var INVALID_TRACEID = "00000000000000000000000000000000";
    var INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return false;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id !== "string" || id.length !== length) return false;
      let r2 = 0;
      for (let i = 0; i < id.length; i += 4) r2 += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r2 === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context();
    var NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopContextManager2 = require_NoopContextManager();
    var API_NAME = "context";
    var NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager();
    var NOOP_TOKEN = Object.freeze({ dispose: () => {
    } });
    var ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = false;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        if (!this._instance) this._instance = new ContextAPI2();
        return this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context3, fn, thisArg, ...args) {
        return this._getContextManager().with(context3, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context3, target) {
        return this._getContextManager().bind(context3, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context3) {
        const contextManager = this._getContextManager();
        if (contextManager.attach) return contextManager.attach(context3);
        if (!this._attachUnsupportedWarned) {
          this._attachUnsupportedWarned = true;
          require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
        }
        return NOOP_TOKEN;
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable();
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context3) {
      return context3.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context3, span) {
      return context3.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context3) {
      return context3.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context3, spanContext) {
      return setSpan(context3, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context3) {
      var _getSpan;
      return (_getSpan = getSpan(context3)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var contextApi = require_context3.ContextAPI.getInstance();
    var NoopTracer = class {
      startSpan(name, options, context3 = contextApi.active()) {
        if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new require_NonRecordingSpan2.NonRecordingSpan();
        const parentFromContext = context3 && require_context_utils2.getSpanContext(context3);
        if (isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext)) return new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext);
        else return new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) return;
        else if (arguments.length === 2) fn = arg2;
        else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
        const span = this.startSpan(name, opts, parentContext);
        const contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer();
    var ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      startSpan(name, options, context3) {
        return this._getTracer().startSpan(name, options, context3);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        const tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        if (!tracer) return NOOP_TRACER;
        this._delegate = tracer;
        return this._delegate;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      SpanKind2[SpanKind2["INTERNAL"] = 0] = "INTERNAL";
      SpanKind2[SpanKind2["SERVER"] = 1] = "SERVER";
      SpanKind2[SpanKind2["CLIENT"] = 2] = "CLIENT";
      SpanKind2[SpanKind2["PRODUCER"] = 3] = "PRODUCER";
      SpanKind2[SpanKind2["CONSUMER"] = 4] = "CONSUMER";
      return SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      SpanStatusCode2[SpanStatusCode2["UNSET"] = 0] = "UNSET";
      SpanStatusCode2[SpanStatusCode2["OK"] = 1] = "OK";
      SpanStatusCode2[SpanStatusCode2["ERROR"] = 2] = "ERROR";
      return SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]";
    var VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`);
    var VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/;
    var INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators();
    var MAX_TRACE_STATE_ITEMS = 32;
    var MAX_TRACE_STATE_LEN = 512;
    var LIST_MEMBERS_SEPARATOR = ",";
    var LIST_MEMBER_KEY_VALUE_SPLITTER = "=";
    var TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map();
        if (rawTraceState) this._parse(rawTraceState);
      }
      set(key, value) {
        const currValue = this._internalState.get(key);
        let newLength = this.serialize().length;
        if (typeof currValue === "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        const traceState = this._clone();
        if (traceState._internalState.has(key)) traceState._internalState.delete(key);
        traceState._internalState.set(key, value);
        return traceState;
      }
      unset(key) {
        const traceState = this._clone();
        traceState._internalState.delete(key);
        return traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => {
          agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key));
          return agg;
        }, []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        if (rawTraceState.length > MAX_TRACE_STATE_LEN) return;
        this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          const listMember = part.trim();
          const i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            const key = listMember.slice(0, i);
            const value = listMember.slice(i + 1, part.length);
            if (require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value)) agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map());
        if (this._internalState.size > MAX_TRACE_STATE_ITEMS) this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        const traceState = new TraceStateImpl2();
        traceState._internalState = new Map(this._internalState);
        return traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer();
    var NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer();
    var NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider();
    var ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      SamplingDecision2[SamplingDecision2["NOT_RECORD"] = 0] = "NOT_RECORD";
      SamplingDecision2[SamplingDecision2["RECORD"] = 1] = "RECORD";
      SamplingDecision2[SamplingDecision2["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
      return SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context3 = require_context2().ContextAPI.getInstance();
    exports.context = context3;
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    };
    var NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var ProxyLogger = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        if (!logger) return require_NoopLogger2.NOOP_LOGGER;
        this._delegate = logger;
        return this._delegate;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider();
    var require_ProxyLogger2 = require_ProxyLogger();
    var ProxyLoggerProvider = class {
      getLogger(name, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_ProxyLoggerProvider2 = require_ProxyLoggerProvider();
    var API_NAME = "logs";
    var LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        if (!this._instance) this._instance = new LogsAPI2();
        return this._instance;
      }
      setGlobalLoggerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        if (success) this._proxyLoggerProvider._setDelegate(provider);
        return success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name, version, options) {
        return this.getLoggerProvider().getLogger(name, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs = require_logs().LogsAPI.getInstance();
    exports.logs = logs;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter();
    var NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    };
    var NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopMeterProvider2 = require_NoopMeterProvider();
    var API_NAME = "metrics";
    var MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        if (!this._instance) this._instance = new MetricsAPI2();
        return this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name, version, options) {
        return this.getMeterProvider().getMeter(name, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context3, _carrier) {
        return context3;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context3) {
      return context3.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context3, baggage) {
      return context3.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context3) {
      return context3.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_utils3 = require_utils();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_NoopTextMapPropagator2 = require_NoopTextMapPropagator();
    var require_context_helpers2 = require_context_helpers();
    var API_NAME = "propagation";
    var NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator();
    var PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils3.createBaggage;
        this.getBaggage = require_context_helpers2.getBaggage;
        this.getActiveBaggage = require_context_helpers2.getActiveBaggage;
        this.setBaggage = require_context_helpers2.setBaggage;
        this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        if (!this._instance) this._instance = new PropagationAPI2();
        return this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context3, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context3, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context3, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context3, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var API_NAME = "trace";
    var TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
        this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext;
        this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
        this.deleteSpan = require_context_utils2.deleteSpan;
        this.getSpan = require_context_utils2.getSpan;
        this.getActiveSpan = require_context_utils2.getActiveSpan;
        this.getSpanContext = require_context_utils2.getSpanContext;
        this.setSpan = require_context_utils2.setSpan;
        this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        if (!this._instance) this._instance = new TraceAPI2();
        return this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        if (success) this._proxyTracerProvider.setDelegate(provider);
        return success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/@opentelemetry/api/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: true },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types();
    var require_utils3 = require_utils();
    var require_context3 = require_context();
    var require_consoleLogger2 = require_consoleLogger();
    var require_NoopMeter2 = require_NoopMeter();
    var require_Metric2 = require_Metric();
    var require_NoopLogger2 = require_NoopLogger();
    var require_LogRecord2 = require_LogRecord();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_trace_flags2 = require_trace_flags();
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracer2 = require_ProxyTracer();
    var require_span_kind2 = require_span_kind();
    var require_status2 = require_status();
    var require_utils$1 = require_utils2();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var require_SamplingResult2 = require_SamplingResult();
    var require_context_api2 = require_context_api();
    var require_diag_api2 = require_diag_api();
    var require_logs_api2 = require_logs_api();
    var require_metrics_api2 = require_metrics_api();
    var require_propagation_api2 = require_propagation_api();
    var require_trace_api2 = require_trace_api();
    var src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils3.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist2();
    var Counter2 = require_counter();
    var PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total";
    var PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total";
    var PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const exemplars = config.enableExemplars ? config.enableExemplars : false;
      const labelNames = Object.keys(labels);
      let lastCpuUsage = process.cpuUsage();
      const cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          const cpuUsage = process.cpuUsage();
          const userUsageMicros = cpuUsage.user - lastCpuUsage.user;
          const systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          lastCpuUsage = cpuUsage;
          if (this.enableExemplars) {
            let exemplarLabels = {};
            const currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            if (currentSpan) {
              exemplarLabels = {
                traceId: currentSpan.spanContext().traceId,
                spanId: currentSpan.spanContext().spanId
              };
            }
            cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            });
            cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            });
            cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else {
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6);
            cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6);
            cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
          }
        }
      });
      const cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
      const cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var startInSeconds = Math.round(Date.now() / 1e3 - process.uptime());
    var PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry ? [registry] : void 0,
        labelNames,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var fs = __require("fs");
    var values = ["VmSize", "VmRSS", "VmData"];
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    var PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes";
    var PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split("\n").reduce((acc, string) => {
        if (!values.some((value2) => string.startsWith(value2))) {
          return acc;
        }
        const split = string.split(":");
        let value = split[1].trim();
        value = value.substr(0, value.length - 3);
        value = Number(value) * 1024;
        acc[split[0]] = value;
        return acc;
      }, {});
    }
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const residentMemGauge = new Gauge({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            const stat = fs.readFileSync("/proc/self/status", "utf8");
            const structuredOutput = structureOutput(stat);
            residentMemGauge.set(labels, structuredOutput.VmRSS);
            virtualMemGauge.set(labels, structuredOutput.VmSize);
            heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      });
      const virtualMemGauge = new Gauge({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames
      });
      const heapSizeMemGauge = new Gauge({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var linuxVariant = require_osMemoryHeapLinux();
    var safeMemoryUsage = require_safeMemoryUsage();
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry, config = {}) {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const memUsage = safeMemoryUsage();
          if (memUsage) {
            this.set(labels, memUsage.rss);
          }
        }
      });
    }
    module.exports = (registry, config) => process.platform === "linux" ? linuxVariant(registry, config) : notLinuxVariant(registry, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var fs = __require("fs");
    var process2 = __require("process");
    var PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry, config = {}) => {
      if (process2.platform !== "linux") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          try {
            const fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var fs = __require("fs");
    var PROCESS_MAX_FDS = "process_max_fds";
    var maxFds;
    module.exports = (registry, config = {}) => {
      if (maxFds === void 0) {
        try {
          const limits = fs.readFileSync("/proc/self/limits", "utf8");
          const lines = limits.split("\n");
          for (const line of lines) {
            if (line.startsWith("Max open files")) {
              const parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
          }
        } catch {
          return;
        }
      }
      if (maxFds === void 0) return;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          if (maxFds !== void 0) this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds";
    var NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds";
    var NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds";
    var NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds";
    var NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds";
    var NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds";
    var NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds";
    var NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start, gauge, labels) {
      const delta2 = process.hrtime(start);
      const nanosec = delta2[0] * 1e9 + delta2[1];
      const seconds = nanosec / 1e9;
      gauge.set(labels, seconds);
    }
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      let collect = () => {
        const start = process.hrtime();
        setImmediate(reportEventloopLag, start, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay) {
        try {
          const histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable();
          collect = () => {
            const start = process.hrtime();
            setImmediate(reportEventloopLag, start, lag, labels);
            lagMin.set(labels, histogram.min / 1e9);
            lagMax.set(labels, histogram.max / 1e9);
            lagMean.set(labels, histogram.mean / 1e9);
            lagStddev.set(labels, histogram.stddev / 1e9);
            lagP50.set(labels, histogram.percentile(50) / 1e9);
            lagP90.set(labels, histogram.percentile(90) / 1e9);
            lagP99.set(labels, histogram.percentile(99) / 1e9);
            histogram.reset();
          };
        } catch (e2) {
          if (e2.code === "ERR_NOT_IMPLEMENTED") {
            return;
          }
          throw e2;
        }
      }
      const lag = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const lagMin = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "min"
      });
      const lagMax = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "max"
      });
      const lagMean = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagStddev = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP50 = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP90 = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP99 = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list2) {
      const data = {};
      for (let i = 0; i < list2.length; i++) {
        const listElement = list2[i];
        if (!listElement || typeof listElement.constructor === "undefined") {
          continue;
        }
        if (Object.hasOwnProperty.call(data, listElement.constructor.name)) {
          data[listElement.constructor.name] += 1;
        } else {
          data[listElement.constructor.name] = 1;
        }
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (const key in data) {
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
      }
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var Gauge = require_gauge();
    var NODEJS_ACTIVE_HANDLES = "nodejs_active_handles";
    var NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveHandles !== "function") {
        return;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers,
        collect() {
          const handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      });
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames,
        collect() {
          const handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests";
    var NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveRequests !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      });
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources";
    var NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry, config = {}) => {
      if (typeof process.getActiveResourcesInfo !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const resources = process.getActiveResourcesInfo();
          const data = {};
          for (let i = 0; i < resources.length; i++) {
            const resource = resources[i];
            if (Object.hasOwn(data, resource)) {
              data[resource] += 1;
            } else {
              data[resource] = 1;
            }
          }
          updateMetrics(this, data, labels);
        }
      });
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var safeMemoryUsage = require_safeMemoryUsage();
    var NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes";
    var NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes";
    var NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry, config = {}) => {
      if (typeof process.memoryUsage !== "function") {
        return;
      }
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const collect = () => {
        const memUsage = safeMemoryUsage();
        if (memUsage) {
          heapSizeTotal.set(labels, memUsage.heapTotal);
          heapSizeUsed.set(labels, memUsage.heapUsed);
          if (memUsage.external !== void 0) {
            externalMemUsed.set(labels, memUsage.external);
          }
        }
      };
      const heapSizeTotal = new Gauge({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const heapSizeUsed = new Gauge({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames
      });
      const externalMemUsed = new Gauge({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var v8 = __require("v8");
    var METRICS = ["total", "used", "available"];
    var NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e2) {
        if (e2.code === "ERR_NOT_IMPLEMENTED") {
          return;
        }
        throw e2;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = ["space", ...Object.keys(labels)];
      const gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames,
          registers
        });
      });
      gauges.total.collect = () => {
        for (const space of v8.getHeapSpaceStatistics()) {
          const spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size);
          gauges.used.set({ space: spaceName, ...labels }, space.space_used_size);
          gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var version = process.version;
    var versionSegments = version.slice(1).split(".").map(Number);
    var NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames],
        registers: registry ? [registry] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram2 = require_histogram();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds";
    var DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5];
    var kinds = [];
    if (perf_hooks && perf_hooks.constants) {
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb";
    }
    module.exports = (registry, config = {}) => {
      if (!perf_hooks) {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS;
      const gcHistogram = new Histogram2({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames],
        enableExemplars: false,
        buckets,
        registers: registry ? [registry] : void 0
      });
      const obs = new perf_hooks.PerformanceObserver((list2) => {
        const entry = list2.getEntries()[0];
        const kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      });
      obs.observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject } = require_util();
    var processCpuTotal = require_processCpuTotal();
    var processStartTime = require_processStartTime();
    var osMemoryHeap = require_osMemoryHeap();
    var processOpenFileDescriptors = require_processOpenFileDescriptors();
    var processMaxFileDescriptors = require_processMaxFileDescriptors();
    var eventLoopLag = require_eventLoopLag();
    var processHandles = require_processHandles();
    var processRequests = require_processRequests();
    var processResources = require_processResources();
    var heapSizeAndUsed = require_heapSizeAndUsed();
    var heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed();
    var version = require_version2();
    var gc = require_gc();
    var metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo === "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    };
    var metricsList = Object.keys(metrics);
    module.exports = function collectDefaultMetrics2(config) {
      if (config !== null && config !== void 0 && !isObject(config)) {
        throw new TypeError("config must be null, undefined, or an object");
      }
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (const metric of Object.values(metrics)) {
        metric(config.register, config);
      }
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        const result = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        };
        const byLabels = new Grouper();
        metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            const key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        });
        byLabels.forEach((values) => {
          if (values.length === 0) return;
          const valObj = {
            value: aggregatorFn(values),
            labels: values[0].labels
          };
          if (values[0].metricName) {
            valObj.metricName = values[0].metricName;
          }
          result.values.push(valObj);
        });
        return result;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v2) => v2.reduce((p3, c2) => p3 + c2.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v2) => v2[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v2) => v2.reduce((p3, c2) => p3 + c2.value, 0) / v2.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v2) => v2.reduce((p3, c2) => Math.min(p3, c2.value), Infinity)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v2) => v2.reduce((p3, c2) => Math.max(p3, c2.value), -Infinity)
      )
    };
  }
});

// node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { Grouper } = require_util();
    var { aggregators } = require_metricAggregators();
    var cluster = () => {
      const data = __require("cluster");
      cluster = () => data;
      return data;
    };
    var GET_METRICS_REQ = "prom-client:getMetricsReq";
    var GET_METRICS_RES = "prom-client:getMetricsRes";
    var registries = [Registry2.globalRegistry];
    var requestCtr = 0;
    var listenersAdded = false;
    var requests = /* @__PURE__ */ new Map();
    var AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType);
        addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        const requestId = requestCtr++;
        return new Promise((resolve2, reject) => {
          let settled = false;
          function done(err, result) {
            if (settled) return;
            settled = true;
            if (err) reject(err);
            else resolve2(result);
          }
          const request = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              const err = new Error("Operation timed out.");
              request.done(err);
            }, 5e3)
          };
          requests.set(requestId, request);
          const message = {
            type: GET_METRICS_REQ,
            requestId
          };
          for (const id in cluster().workers) {
            if (cluster().workers[id].isConnected()) {
              cluster().workers[id].send(message);
              request.pending++;
            }
          }
          if (request.pending === 0) {
            clearTimeout(request.errorTimeout);
            process.nextTick(() => done(null, ""));
          }
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        const aggregatedRegistry = new Registry2();
        const metricsByName = new Grouper();
        aggregatedRegistry.setContentType(registryType);
        metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        });
        metricsByName.forEach((metrics) => {
          const aggregatorName = metrics[0].aggregator;
          const aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn !== "function") {
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          }
          const aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            const aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        });
        return aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        if (!Array.isArray(regs)) regs = [regs];
        regs.forEach((reg) => {
          if (!(reg instanceof Registry2)) {
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
          }
        });
        registries = regs;
      }
    };
    function addListeners() {
      if (listenersAdded) return;
      listenersAdded = true;
      if (cluster().isMaster) {
        cluster().on("message", (worker, message) => {
          if (message.type === GET_METRICS_RES) {
            const request = requests.get(message.requestId);
            if (message.error) {
              request.done(new Error(message.error));
              return;
            }
            message.metrics.forEach((registry) => request.responses.push(registry));
            request.pending--;
            if (request.pending === 0) {
              requests.delete(message.requestId);
              clearTimeout(request.errorTimeout);
              const registry = AggregatorRegistry.aggregate(request.responses);
              const promString = registry.metrics();
              request.done(null, promString);
            }
          }
        });
      }
      if (cluster().isWorker) {
        process.on("message", (message) => {
          if (message.type === GET_METRICS_REQ) {
            Promise.all(registries.map((r2) => r2.getMetricsAsJSON())).then((metrics) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                metrics
              });
            }).catch((error) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                error: error.message
              });
            });
          }
        });
      }
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: false,
      enumerable: true,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// src/gateway/server/config.ts
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/gateway/server/wire/statement-rules.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);

// src/gateway/server/wire/history-writes.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var WIRE_TOOLS = ["none", "node-pg-migrate", "dbmate", "sqitch", "alembic"];
var SQITCH_TABLES = ["releases", "projects", "changes", "tags", "dependencies", "events"];
var HISTORY_TOOLS = {
  none: { tables: [], statements: [] },
  "node-pg-migrate": {
    tables: ["public.pgmigrations"],
    statements: [
      'CREATE TABLE "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
      'CREATE TABLE IF NOT EXISTS "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
      `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('x', NOW())`,
      `DELETE FROM "public"."pgmigrations" WHERE name='x'`
    ]
  },
  dbmate: {
    tables: ["public.schema_migrations"],
    statements: [
      "create table if not exists public.schema_migrations (version varchar(128) primary key)",
      "insert into public.schema_migrations (version) values ($1)",
      "delete from public.schema_migrations where version = $1"
    ]
  },
  alembic: {
    tables: ["alembic_version"],
    statements: [
      "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
      `INSERT INTO alembic_version (version_num) VALUES ('x') RETURNING alembic_version.version_num`,
      `INSERT INTO alembic_version (version_num) VALUES ('x')`,
      `UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x'`,
      `DELETE FROM alembic_version WHERE alembic_version.version_num = 'x'`
    ]
  },
  sqitch: {
    tables: SQITCH_TABLES.map((t2) => `sqitch.${t2}`),
    searchPath: "sqitch",
    commentsIn: "sqitch",
    statements: [
      'CREATE SCHEMA IF NOT EXISTS "sqitch"',
      `CREATE TABLE "sqitch".releases (version REAL PRIMARY KEY, installed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), installer_name TEXT NOT NULL, installer_email TEXT NOT NULL)`,
      `CREATE TABLE "sqitch".projects (project TEXT PRIMARY KEY, uri TEXT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), creator_name TEXT NOT NULL, creator_email TEXT NOT NULL)`,
      `CREATE TABLE "sqitch".changes (change_id TEXT PRIMARY KEY, script_hash TEXT NULL, change TEXT NOT NULL, project TEXT NOT NULL REFERENCES "sqitch".projects(project) ON UPDATE CASCADE, note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, UNIQUE(project, script_hash))`,
      `CREATE TABLE "sqitch".tags (tag_id TEXT PRIMARY KEY, tag TEXT NOT NULL, project TEXT NOT NULL REFERENCES "sqitch".projects(project) ON UPDATE CASCADE, change_id TEXT NOT NULL REFERENCES "sqitch".changes(change_id) ON UPDATE CASCADE, note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, UNIQUE(project, tag))`,
      `CREATE TABLE "sqitch".dependencies (change_id TEXT NOT NULL REFERENCES "sqitch".changes(change_id) ON UPDATE CASCADE ON DELETE CASCADE, type TEXT NOT NULL, dependency TEXT NOT NULL, dependency_id TEXT NULL REFERENCES "sqitch".changes(change_id) ON UPDATE CASCADE CONSTRAINT dependencies_check CHECK ((type = 'require' AND dependency_id IS NOT NULL) OR (type = 'conflict' AND dependency_id IS NULL)), PRIMARY KEY (change_id, dependency))`,
      `CREATE TABLE "sqitch".events (event TEXT NOT NULL CONSTRAINT events_event_check CHECK (event IN ('deploy', 'revert', 'fail', 'merge')), change_id TEXT NOT NULL, change TEXT NOT NULL, project TEXT NOT NULL REFERENCES "sqitch".projects(project) ON UPDATE CASCADE, note TEXT NOT NULL DEFAULT '', requires TEXT[] NOT NULL DEFAULT '{}', conflicts TEXT[] NOT NULL DEFAULT '{}', tags TEXT[] NOT NULL DEFAULT '{}', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, PRIMARY KEY (change_id, committed_at))`,
      "LOCK TABLE changes IN EXCLUSIVE MODE",
      "INSERT INTO releases (version, installed_at, installer_name, installer_email) VALUES ($1, clock_timestamp(), $2, $3)",
      "INSERT INTO projects (project, uri, creator_name, creator_email, created_at) VALUES ($1, $2, $3, $4, clock_timestamp())",
      "INSERT INTO changes (change_id, script_hash, change, project, note, committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())",
      "INSERT INTO events (event, change_id, change, project, note, tags, requires, conflicts, committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, clock_timestamp())",
      "INSERT INTO dependencies (change_id, type, dependency, dependency_id) VALUES ($1, $2, $3, $4)",
      "INSERT INTO tags (tag_id, tag, project, change_id, note, committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())",
      "INSERT INTO tags (tag_id, tag, project, change_id, note, committer_name, committer_email, planned_at, planner_name, planner_email) SELECT tid, tg, proj, chid, n, name, email, at, pname, pemail FROM (VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::timestamptz, $9::text, $10::text)) i(tid, tg, proj, chid, n, name, email, at, pname, pemail) LEFT JOIN tags ON i.tid = tags.tag_id WHERE tags.tag_id IS NULL",
      "DELETE FROM tags WHERE change_id = $1 RETURNING tag",
      "DELETE FROM tags WHERE change_id = $1",
      "DELETE FROM dependencies WHERE change_id = $1",
      "DELETE FROM changes where change_id = $1",
      "UPDATE changes SET script_hash = $1 WHERE change_id = $2 AND script_hash = $3",
      "UPDATE changes SET script_hash = NULL WHERE project = $1 AND script_hash = change_id"
    ]
  }
};
function statementShape(stmt) {
  return JSON.stringify(stmt, (name, value) => {
    if (isPosition(name)) return void 0;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if ("A_Const" in value) return { A_Const: "?" };
      if ("ParamRef" in value) return { ParamRef: "?" };
    }
    if (name === "valuesLists" && Array.isArray(value) && value.length > 1) {
      const shapes3 = new Set(value.map((row) => statementShape(row)));
      return shapes3.size === 1 ? [value[0]] : value;
    }
    return value;
  });
}
var shapes = /* @__PURE__ */ new Map();
function shapesOf(tool) {
  let known = shapes.get(tool);
  if (!known) {
    known = new Set(HISTORY_TOOLS[tool].statements.map((sql) => statementShape((0, import_libpg_query.parseSync)(sql).stmts[0].stmt)));
    shapes.set(tool, known);
  }
  return known;
}
function isHistoryStatement(stmt, tool, searchPath) {
  const history = HISTORY_TOOLS[tool];
  if (history.commentsIn && isOwnComment(stmt, history.commentsIn)) return true;
  if (!shapesOf(tool).has(statementShape(stmt))) return false;
  if (!history.searchPath || !usesUnqualifiedTable(stmt)) return true;
  return searchPath?.length === 1 && searchPath[0] === history.searchPath;
}
function usesUnqualifiedTable(stmt) {
  let found = false;
  JSON.stringify(stmt, (_name, value) => {
    if (value && typeof value === "object" && typeof value.relname === "string" && !value.schemaname) found = true;
    return value;
  });
  return found;
}
function isOwnComment(stmt, schema) {
  const comment = stmt.CommentStmt;
  if (!comment || comment.comment !== void 0 && typeof comment.comment !== "string") return false;
  const kind = String(comment.objtype);
  if (kind === "OBJECT_SCHEMA") return comment.object?.String?.sval === schema;
  if (kind !== "OBJECT_TABLE" && kind !== "OBJECT_COLUMN") return false;
  const names = (comment.object?.List?.items ?? []).map((n2) => n2.String?.sval);
  return names.length === (kind === "OBJECT_TABLE" ? 2 : 3) && names[0] === schema && SQITCH_TABLES.includes(names[1]);
}
function historyCheckQuery(tool) {
  const { tables } = HISTORY_TOOLS[tool];
  if (!tables.length) return void 0;
  const qualified = tables.filter((t2) => t2.includes("."));
  const bare = tables.filter((t2) => !t2.includes("."));
  const sql = `WITH history AS (
  SELECT c.oid, c.relkind, c.relispartition, pg_catalog.format('%I.%I', n.nspname, c.relname) AS name
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE (n.nspname || '.' || c.relname) = ANY($1::text[]) OR c.relname = ANY($2::text[])
)
SELECT h.name, p.problem FROM history h CROSS JOIN LATERAL (VALUES
  (CASE WHEN h.relkind <> 'r' THEN 'is not a plain table (relkind ' || h.relkind::text || ')' END),
  (CASE WHEN h.relispartition THEN 'is a partition of another table' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = h.oid OR i.inhparent = h.oid) THEN 'has an inheritance parent or child' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r WHERE r.ev_class = h.oid) THEN 'has rules' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = h.oid AND NOT t.tgisinternal) THEN 'has triggers' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.contype = 'f' AND k.confrelid = h.oid AND k.conrelid NOT IN (SELECT oid FROM history)) THEN 'is referenced by a foreign key of another table' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = h.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid >= 16384 AND a.atttypid NOT IN (SELECT t.typarray FROM pg_catalog.pg_type t WHERE t.oid < 16384)) THEN 'has a column of a user-defined type' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refobjid >= 16384 AND (
      (d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.objid IN (SELECT ad.oid FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = h.oid))
   OR (d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objid IN (SELECT k.oid FROM pg_catalog.pg_constraint k WHERE k.conrelid = h.oid))
   OR (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid IN (SELECT x.indexrelid FROM pg_catalog.pg_index x WHERE x.indrelid = h.oid)))) THEN 'has a default, check or index that calls a function that is not built in' END)
) AS p(problem)
WHERE p.problem IS NOT NULL
ORDER BY 1, 2`;
  return { sql, params: [qualified, bare] };
}
var HistoryTableError = class extends Error {
};
async function checkHistoryTables(query, tool) {
  const check = historyCheckQuery(tool);
  if (!check) return;
  const problems = await query(check.sql, check.params);
  if (problems.length) {
    const list2 = problems.map((p3) => `${p3.name} ${p3.problem}`).join("; ");
    throw new HistoryTableError(
      `the ${tool} history table is not a plain table of the tool's own (${list2}): writing its rows without a plan could reach other data. Fix it with a reviewed migration, then run the apply step again`
    );
  }
}

// src/gateway/server/wire/statement-rules.ts
function parseStatements(sql) {
  const tree = (0, import_libpg_query2.parseSync)(sql);
  const bytes = Buffer.from(sql, "utf8");
  return (tree.stmts ?? []).map((raw) => {
    const start = raw.stmt_location ?? 0;
    const text = (raw.stmt_len ? bytes.subarray(start, start + raw.stmt_len) : bytes.subarray(start)).toString("utf8");
    const [type = "unknown"] = Object.keys(raw.stmt ?? {});
    return { sql: text.trim(), key: statementKey(raw.stmt), type, node: raw.stmt?.[type] ?? {} };
  });
}
function statementKey(stmt) {
  return sha256Hex(JSON.stringify(stmt, (name, value) => isPosition(name) ? void 0 : value));
}
var allow = (kind) => ({ allowed: true, kind });
var deny = (why) => ({ allowed: false, why });
var NOT_READ_ONLY = /* @__PURE__ */ new Set(["nextval", "setval", "pg_notify", "pg_sleep", "pg_sleep_for", "pg_sleep_until", "tsvector_update_trigger", "set_byte", "set_bit", "crosstab", "crosstab2", "crosstab3", "crosstab4", "connectby", "ts_rewrite", "ts_stat"]);
var SETTING_FINDINGS = /* @__PURE__ */ new Set(["disable-safeguard", "unclassified", "server-administration"]);
var anyValue = () => true;
var builtinsFirst = (values) => {
  const schemas = values.flatMap((v2) => v2.split(",")).map((v2) => v2.trim().replace(/^"|"$/g, "").toLowerCase());
  const at = schemas.indexOf("pg_catalog");
  return at <= 0;
};
var SESSION_SETTINGS = {
  search_path: builtinsFirst,
  client_min_messages: anyValue,
  application_name: anyValue,
  datestyle: anyValue,
  intervalstyle: anyValue,
  timezone: anyValue,
  extra_float_digits: anyValue,
  bytea_output: anyValue,
  statement_timeout: anyValue,
  lock_timeout: anyValue,
  idle_in_transaction_session_timeout: anyValue,
  default_transaction_isolation: anyValue,
  default_transaction_read_only: anyValue,
  default_transaction_deferrable: anyValue,
  transaction_isolation: anyValue,
  transaction_read_only: anyValue,
  transaction_deferrable: anyValue,
  // SET TRANSACTION … and SET SESSION CHARACTERISTICS AS TRANSACTION … (isolation level, read only, deferrable).
  transaction: anyValue,
  "session characteristics": anyValue,
  work_mem: anyValue,
  maintenance_work_mem: anyValue,
  client_encoding: (values) => values.length === 1 && /^(utf-?8|unicode)$/i.test(values[0]),
  standard_conforming_strings: (values) => values.length === 1 && /^(on|true|yes|1)$/i.test(values[0])
};
function changesSearchPath(statement) {
  const { node, type } = statement;
  if (type === "DiscardStmt") return node.target === "DISCARD_ALL";
  if (type !== "VariableSetStmt") return false;
  return node.kind === "VAR_RESET_ALL" || String(node.name ?? "").toLowerCase() === "search_path";
}
function sessionSearchPath(statement) {
  const { node, type } = statement;
  if (type === "VariableSetStmt" && node.kind === "VAR_RESET_ALL" || type === "DiscardStmt" && node.target === "DISCARD_ALL") return [];
  if (type !== "VariableSetStmt" || node.is_local || String(node.name).toLowerCase() !== "search_path") return void 0;
  if (node.kind !== "VAR_SET_VALUE") return [];
  return (node.args ?? []).map((a2) => String(a2.A_Const?.sval?.sval ?? "")).flatMap((v2) => v2.split(",").map((x3) => x3.trim().replace(/^"|"$/g, "")));
}
function unplanned(statement, options) {
  const { node, type } = statement;
  switch (type) {
    case "SelectStmt":
      if (node.intoClause) return deny("SELECT \u2026 INTO creates a table");
      return readOnly(node, "the query");
    case "VariableShowStmt":
      return allow("read");
    case "ExplainStmt": {
      const analyze = (node.options ?? []).some((o) => o.DefElem?.defname === "analyze" && !/false|off|^0$/i.test(JSON.stringify(o.DefElem?.arg ?? "true")));
      if (analyze) {
        const [innerType] = Object.keys(node.query ?? {});
        const inner = unplanned({ ...statement, type: innerType ?? "", node: node.query?.[innerType ?? ""] ?? {} }, options);
        return inner.allowed ? allow("read") : deny(`EXPLAIN ANALYZE executes its statement: ${inner.why}`);
      }
      return functionsIn(node, readOnlyFunction) ?? allow("read");
    }
    case "TransactionStmt":
      if (/PREPARE/.test(String(node.kind))) return deny("two-phase commit leaves a transaction behind the session");
      if (node.chain) return deny("AND CHAIN starts the next transaction at once, so the gateway cannot tell what the first one ran; end it, then BEGIN");
      return allow("transaction");
    case "VariableSetStmt": {
      if (node.kind === "VAR_RESET_ALL" || node.kind === "VAR_RESET") return allow("session");
      const name = String(node.name ?? "").toLowerCase();
      const values = node.kind === "VAR_SET_VALUE" ? (node.args ?? []).map((a2) => String(a2.A_Const?.sval?.sval ?? a2.A_Const?.ival?.ival ?? a2.A_Const?.fval?.fval ?? JSON.stringify(a2))) : null;
      const accepts = SESSION_SETTINGS[name];
      if (!accepts) return deny(`SET ${name} is not one of the session settings migration tools send`);
      if (values && !accepts(values)) return deny(`SET ${name} to ${values.join(", ").slice(0, 80)} would change how the database reads what follows (or resolves names) differently from the gateway`);
      const findings = settingOperations("postgres", name, values, node.is_local ? "transaction" : "session").filter((op) => SETTING_FINDINGS.has(op.kind));
      return findings.length ? deny(`SET ${name} is not a harmless session setting`) : allow("session");
    }
    case "DiscardStmt":
    case "DeallocateStmt":
    case "ListenStmt":
    case "UnlistenStmt":
      return allow("session");
    case "DeclareCursorStmt": {
      const [innerType] = Object.keys(node.query ?? {});
      return innerType === "SelectStmt" ? readOnly(node.query.SelectStmt, "the cursor query") : deny("the cursor runs a statement that is not a read");
    }
    case "FetchStmt":
    case "ClosePortalStmt":
      return allow("read");
    case "CopyStmt":
      if (node.is_from) return deny(node.is_program || node.filename !== void 0 ? "COPY \u2026 FROM a server file or program runs on the database server" : "COPY \u2026 FROM writes rows");
      if (node.filename !== void 0 || node.is_program) return deny("COPY \u2026 TO a server file or program");
      if (options.masking) return deny("COPY \u2026 TO STDOUT cannot be masked column by column (this gateway masks columns); use SELECT");
      return node.query ? readOnly(node.query.SelectStmt ?? {}, "the COPY query") : allow("read");
    case "DoStmt":
      return harmlessDo(node, options);
    case "InsertStmt":
    case "UpdateStmt":
    case "DeleteStmt":
    case "LockStmt":
    case "CreateStmt":
    case "CommentStmt":
    case "CreateSchemaStmt":
      return isHistoryStatement({ [type]: node }, options.tool, options.searchPath) ? allow("history") : deny(`${describe(type)} is a change`);
    default:
      return deny(`${describe(type)} is a change`);
  }
}
var HARMLESS_PLPGSQL = /* @__PURE__ */ new Set(["PLpgSQL_stmt_block", "PLpgSQL_stmt_raise", "PLpgSQL_stmt_execsql", "PLpgSQL_stmt_if", "PLpgSQL_stmt_assign", "PLpgSQL_stmt_perform", "PLpgSQL_stmt_return", "PLpgSQL_stmt_assert"]);
function harmlessDo(node, options) {
  const args = new Map((node.args ?? []).map((a2) => [String(a2.DefElem?.defname), a2.DefElem]));
  const language = String(args.get("language")?.arg?.String?.sval ?? "plpgsql").toLowerCase();
  if (language !== "plpgsql") return deny(`a DO block in ${language} cannot be checked`);
  let tree;
  try {
    tree = (0, import_libpg_query2.parsePlPgSQLSync)(wrapAsFunction(String(args.get("as")?.arg?.String?.sval ?? "")));
  } catch {
    return deny("its PL/pgSQL body cannot be parsed");
  }
  const problems = [];
  const visit = (value) => {
    if (!value || typeof value !== "object" || problems.length) return;
    if (Array.isArray(value)) return value.forEach(visit);
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("PLpgSQL_stmt_") && !HARMLESS_PLPGSQL.has(key)) problems.push(`a DO block with ${key.slice(13).toUpperCase()} is a change`);
      else if (key === "PLpgSQL_expr") problems.push(...expressionProblems(child, options));
      else visit(child);
    }
  };
  visit(tree.plpgsql_funcs);
  return problems.length ? deny(problems[0]) : allow("session");
}
function expressionProblems(expr, options) {
  const query = String(expr.query ?? "");
  const mode = expr.parseMode ?? 0;
  const sql = mode === 0 ? query : `SELECT ${mode >= 3 ? query.replace(/^[^:=]*(:=|=)/, "") : query}`;
  try {
    return parseStatements(sql).flatMap((statement) => {
      if (changesSearchPath(statement)) return [`its body sets or resets search_path, which the gateway tracks only when sent as a statement of its own`];
      const verdict = unplanned(statement, options);
      return verdict.allowed ? [] : [`its body runs ${statement.sql.slice(0, 80)}: ${verdict.why}`];
    });
  } catch {
    return [`its body has SQL the parser cannot read`];
  }
}
function describe(type) {
  return type.replace(/Stmt$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function readOnly(node, what) {
  if (hasKey(node, WRITES)) return deny(`${what} contains a data-modifying statement (a CTE with INSERT, UPDATE, DELETE or MERGE)`);
  if (hasKey(node, LOCKING)) return deny(`${what} locks rows (FOR UPDATE, FOR SHARE), which holds up the application's writes`);
  return functionsIn(node, readOnlyFunction) ?? allow("read");
}
var WRITES = /* @__PURE__ */ new Set(["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
var LOCKING = /* @__PURE__ */ new Set(["lockingClause"]);
function hasKey(node, keys) {
  if (!node || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some((item) => hasKey(item, keys));
  for (const [key, value] of Object.entries(node)) {
    if (keys.has(key) || hasKey(value, keys)) return true;
  }
  return false;
}
function readOnlyFunction(schema, name) {
  return !NOT_READ_ONLY.has(name) && callOperations("postgres", { name, ...schema ? { schema } : {} }, true).length === 0;
}
function functionsIn(node, ok) {
  if (!node || typeof node !== "object") return void 0;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = functionsIn(item, ok);
      if (found) return found;
    }
    return void 0;
  }
  const call = node.FuncCall;
  if (call) {
    const parts = (call.funcname ?? []).map((n2) => String(n2.String?.sval ?? ""));
    const name = parts[parts.length - 1] ?? "";
    const schema = parts.length > 1 ? parts[parts.length - 2] : void 0;
    if (!ok(schema, name)) return deny(`it calls ${schema ? `${schema}.` : ""}${name}(), which is not a read-only built-in`);
  }
  for (const value of Object.values(node)) {
    const found = functionsIn(value, ok);
    if (found) return found;
  }
  return void 0;
}

// src/gateway/server/mysql-wire/statements.ts
var MysqlParseError = class extends Error {
};
function parseMysqlStatements(sql, dialect) {
  const statements = [];
  for (const segment of splitStatements(sql, dialect)) {
    if (segment.kind !== "sql") throw new MysqlParseError("DELIMITER and other client commands are for the mysql client, not the server");
    const code = codeOf(sql, segment);
    const text = sql.slice(segment.start, segment.end).trim();
    const executableComment = segment.hidden.length > 0;
    let tree;
    try {
      tree = parseWithSqlParser(code, dialect);
    } catch (error) {
      const shape = tokenShape(segment.tokens);
      if (shape) {
        statements.push({ sql: text, key: sha256Hex(`tokens:${shape.type}:${JSON.stringify(segment.tokens.map((t2) => [t2.type, t2.value]))}`), type: shape.type, tokens: segment.tokens, executableComment });
        continue;
      }
      throw new MysqlParseError(`the gateway cannot parse ${JSON.stringify(text.slice(0, 80))}: ${String(error.message).split("\n")[0].slice(0, 200)}`);
    }
    const nodes = Array.isArray(tree) ? tree : [tree];
    if (nodes.length !== 1) throw new MysqlParseError(`the gateway reads ${JSON.stringify(text.slice(0, 80))} as ${nodes.length} statements where the splitter found one`);
    const node = nodes[0];
    statements.push({ sql: text, key: sha256Hex(JSON.stringify(node)), type: String(node.type ?? "unknown"), node, tokens: segment.tokens, executableComment });
  }
  return statements;
}
function mysqlPlanKey(sql, dialect) {
  try {
    const [statement, more] = parseMysqlStatements(sql, dialect);
    return statement && !more ? { key: statement.key, transaction: statement.type === "transaction" } : void 0;
  } catch {
    return void 0;
  }
}
var SHOW_FORMS = ["TABLES", "FULL TABLES", "COLUMNS", "FULL COLUMNS", "FIELDS", "FULL FIELDS", "INDEX", "INDEXES", "KEYS", "CREATE TABLE", "CREATE VIEW", "VARIABLES", "SESSION VARIABLES", "DATABASES", "SCHEMAS", "WARNINGS", "ERRORS", "STATUS", "SESSION STATUS", "ENGINES", "COLLATION", "CHARACTER SET", "CHARSET", "TABLE STATUS", "TRIGGERS"];
var SAFE_CHARSETS = /* @__PURE__ */ new Set(["UTF8MB4", "UTF8", "UTF8MB3", "LATIN1", "ASCII", "BINARY"]);
function tokenShape(tokens) {
  const words = tokens.map((t2) => t2.type === "word" ? t2.value : t2.type === "punct" ? t2.value : `<${t2.type}>`);
  if (words[0] === "SHOW") return { type: "show" };
  if (words[0] === "SET" && words[1] === "NAMES") return { type: "set-names" };
  if (words[0] === "SET" && (words[1] === "TRANSACTION" || words[1] === "SESSION" && words[2] === "TRANSACTION")) return { type: "set-transaction" };
  return void 0;
}
var allow2 = (kind) => ({ allowed: true, kind });
var deny2 = (why) => ({ allowed: false, why });
var MYSQL_WIRE_TOOLS = ["none", "dbmate", "knex"];
var HISTORY = {
  none: [],
  dbmate: ["create table if not exists `schema_migrations` (version varchar(128) primary key)", "insert into `schema_migrations` (version) values (?)", "delete from `schema_migrations` where version = ?"],
  // knex 3 (mysql2 client): its migrations table and its lock, as `migrate:latest` and `migrate:rollback` write them.
  knex: [
    "create table `knex_migrations` (`id` int unsigned not null auto_increment primary key, `name` varchar(255), `batch` int, `migration_time` timestamp)",
    "create table `knex_migrations_lock` (`index` int unsigned not null auto_increment primary key, `is_locked` int)",
    "insert into `knex_migrations_lock` (`is_locked`) values (0)",
    "update `knex_migrations_lock` set `is_locked` = 1 where `is_locked` = 0",
    "update `knex_migrations_lock` set `is_locked` = 0",
    "insert into `knex_migrations` (`batch`, `migration_time`, `name`) values (1, '2026-01-01 00:00:00.000', 'x')",
    "delete from `knex_migrations` where `name` = 'x'"
  ]
};
function mysqlUnplanned(statement, options) {
  if (statement.executableComment) return deny2("it holds /*! \u2026 */ code, which the server runs or skips by its version; send the statement without it");
  const { node, type, tokens } = statement;
  switch (type) {
    case "show": {
      const form = tokens.slice(1, 3).map((t2) => t2.value);
      const known = SHOW_FORMS.some((f3) => f3 === form.join(" ") || f3 === form[0]);
      if (!known) return deny2(`SHOW ${form.join(" ")} is not one of the SHOW forms a migration tool sends`);
      return tokens.some((t2) => t2.type === "punct" && t2.value !== "." && t2.value !== ",") ? deny2("SHOW with an expression") : mentionsMysqlSchema(tokens) ?? allow2("read");
    }
    case "set-names": {
      const charset = tokens[2];
      return charset && (charset.type === "word" || charset.type === "string") && SAFE_CHARSETS.has(charset.value.toUpperCase()) ? allow2("session") : deny2("SET NAMES to a character set whose multibyte characters can hold a quote or backslash byte would make the server read statements differently from the gateway");
    }
    case "set-transaction":
      return tokens.some((t2) => t2.type === "word" && t2.value === "GLOBAL") ? deny2("SET GLOBAL changes every session on the server") : allow2("session");
    case "select":
      return readOnly2(node, options);
    case "transaction": {
      const words = tokens.map((t2) => t2.value);
      if (words.includes("CHAIN") || words.includes("RELEASE")) return deny2("AND CHAIN and RELEASE make the end of the transaction ambiguous; end it, then START TRANSACTION");
      if (words[0] === "XA") return deny2("XA transactions are left behind the session");
      return allow2("transaction");
    }
    case "set":
      return setting(node, options);
    case "use":
      return String(node.db) === options.database ? allow2("session") : deny2(`USE ${String(node.db).slice(0, 64)}: this connection reaches database ${options.database} only`);
    default:
      if (isHistory(statement, options)) return allow2("history");
      return deny2(`${type.toUpperCase()} is a change`);
  }
}
function readOnly2(node, options) {
  if (node.into?.keyword || node.into?.expr) return deny2("SELECT \u2026 INTO writes a file or variables");
  if (node.locking_read || /FOR UPDATE|LOCK IN SHARE MODE|FOR SHARE/i.test(JSON.stringify(node.locking_read ?? ""))) return deny2("SELECT \u2026 FOR UPDATE locks rows, which holds up the application");
  let problem;
  walk(node, (n2) => {
    if (problem) return;
    if ((n2.db ?? n2.schema) && String(n2.db ?? n2.schema).toLowerCase() === "mysql" && (n2.table !== void 0 || n2.type === "column_ref")) problem = "the mysql schema holds accounts and their password hashes";
    if (n2.type === "function" || n2.type === "aggr_func") {
      const name = functionName(n2);
      if (name && !readOnlyFunction2(name, options.dialect)) problem = `it calls ${name}(), which is not a read-only built-in`;
    }
  });
  return problem ? deny2(problem) : allow2("read");
}
var NOT_READ_ONLY2 = /* @__PURE__ */ new Set(["sleep", "benchmark", "get_lock", "release_lock", "release_all_locks", "load_file", "master_pos_wait", "source_pos_wait", "nextval", "setval", "lastval", "is_free_lock", "is_used_lock", "master_gtid_wait"]);
function readOnlyFunction2(name, dialect) {
  const folded = name.toLowerCase();
  return !NOT_READ_ONLY2.has(folded) && callOperations(dialect, { name: folded }, true).length === 0;
}
function functionName(n2) {
  const parts = n2.name?.name;
  if (Array.isArray(parts)) return parts.map((p3) => String(p3.value)).join(".");
  return typeof n2.name === "string" ? n2.name : void 0;
}
var SAFE_VALUE_TYPES = /* @__PURE__ */ new Set(["number", "single_quote_string", "double_quote_string", "bool", "default", "null", "origin"]);
var TOOL_SETTINGS = /* @__PURE__ */ new Set(["autocommit", "time_zone", "transaction_isolation", "tx_isolation", "transaction_read_only", "character_set_results", "wait_timeout", "net_read_timeout", "net_write_timeout", "lock_wait_timeout", "innodb_lock_wait_timeout", "max_execution_time", "max_statement_time", "group_concat_max_len", "sql_notes", "sql_warnings", "names"]);
function setting(node, options) {
  if (/GLOBAL|PERSIST/i.test(String(node.keyword ?? ""))) return deny2("SET GLOBAL changes every session on the server");
  for (const assign of node.expr ?? []) {
    const left = assign.left ?? {};
    const right = assign.right ?? {};
    if (!SAFE_VALUE_TYPES.has(String(right.type))) return deny2("SET to an expression (only literal values)");
    if (left.prefix === "@") continue;
    const name = String(left.name ?? "").toLowerCase().replace(/^(session|local)\./, "");
    if (left.prefix === "@@" && /^global\./i.test(String(left.name))) return deny2("SET @@global changes every session on the server");
    if (!TOOL_SETTINGS.has(name)) return deny2(`SET ${name} is not one of the session settings migration tools send (sql_mode, for one, changes how the server reads statements)`);
    if (settingOperations(options.dialect, name, [String(right.value)], "session").some((op) => op.kind === "disable-safeguard" || op.kind === "server-administration")) return deny2(`SET ${name} is not a harmless session setting`);
  }
  return allow2("session");
}
function isHistory(statement, options) {
  if (!statement.node) return false;
  const shape = shapeOf(statement.node);
  return historyShapes(options.tool, options.dialect).has(shape);
}
var shapes2 = /* @__PURE__ */ new Map();
function historyShapes(tool, dialect) {
  const id = `${tool}\0${dialect}`;
  let set = shapes2.get(id);
  if (!set) {
    set = new Set(HISTORY[tool].map((sql) => shapeOf(parseMysqlStatements(sql, dialect)[0].node)));
    shapes2.set(id, set);
  }
  return set;
}
var LITERALS = /* @__PURE__ */ new Set(["number", "single_quote_string", "double_quote_string", "natural_string", "hex_string", "bit_string", "bool", "null"]);
function shapeOf(node) {
  return JSON.stringify(node, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value) && (LITERALS.has(value.type) || value.type === "origin" && value.value === "?")) return "<value>";
    return value;
  });
}
function mentionsMysqlSchema(tokens) {
  return tokens.some((t2) => (t2.type === "word" || t2.type === "quoted") && String(t2.raw ?? t2.value).toLowerCase() === "mysql") ? deny2("the mysql schema holds accounts and their password hashes") : void 0;
}
function walk(node, visit) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach((item) => walk(item, visit));
  visit(node);
  for (const value of Object.values(node)) walk(value, visit);
}

// src/gateway/server/config.ts
var ACCESS_CLAIMS = ["repository", "repository_owner", "ref", "environment", "job_workflow_ref"];
var WIRE_LIMIT_DEFAULTS = { maxMessageBytes: 64 * 1024 * 1024, authTimeout: 10, idleInTransactionTimeout: 300, maxConnections: 64, maxConnectionsPerSession: 8 };
var AUDIT_GRANULARITIES = ["statement", "transaction"];
var DEFAULT_SESSION_TTL = 600;
var MAX_SESSION_TTL = 3600;
var DURATION = /^\d+(ms|s|min|h)$/;
function parseGatewayConfig(text, file) {
  const y2 = new YamlReader(text, file);
  const baseDir = dirname(resolve(file));
  const top = y2.entries(y2.root, "the gateway config", ["version", "listen", "issuers", "sessions", "store", "keys", "reviewers", "masking", "audit", "connections"], ["version", "issuers", "connections"]);
  if (y2.integer(top.get("version"), 1, 1) !== 1) throw y2.error(top.get("version").value, "unsupported `version`: expected 1");
  const listen = top.get("listen") ? y2.entries(top.get("listen").value, "`listen`", ["host", "port", "tls", "allow-insecure-http", "shutdown-grace"]) : /* @__PURE__ */ new Map();
  const config = {
    host: y2.string(listen.get("host")) ?? "127.0.0.1",
    port: y2.integer(listen.get("port"), 0, 65535) ?? 8080,
    allowInsecureHttp: y2.boolean(listen.get("allow-insecure-http")) ?? false,
    shutdownGrace: y2.integer(listen.get("shutdown-grace"), 0, 3600) ?? 30,
    issuers: [],
    sessionTtl: DEFAULT_SESSION_TTL,
    keyReload: 10,
    store: { driver: "pglite" },
    reviewers: [],
    masking: [],
    auditGranularity: "statement",
    connections: [],
    baseDir
  };
  if (listen.get("tls")) {
    const t2 = y2.entries(listen.get("tls").value, "`listen.tls`", ["cert", "key"], ["cert", "key"]);
    config.tls = { cert: resolve(baseDir, y2.string(t2.get("cert"))), key: resolve(baseDir, y2.string(t2.get("key"))) };
  }
  if (!config.tls && !config.allowInsecureHttp && !isLoopback(config.host)) {
    throw y2.error(listen.get("host").value, `listening on ${config.host} without TLS would send session tokens in clear text: set \`listen.tls\` (cert and key), or \`allow-insecure-http: true\` when a TLS-terminating proxy is in front`);
  }
  for (const node of y2.list(top.get("issuers"))) {
    const e2 = y2.entries(node, "an issuer", ["issuer", "jwks-url", "jwks-file", "audience", "max-token-age"], ["issuer", "audience"]);
    const issuer = { issuer: y2.string(e2.get("issuer")), audience: y2.string(e2.get("audience")), maxTokenAge: y2.integer(e2.get("max-token-age"), 30, 86400) ?? 900 };
    const jwksUrl = y2.string(e2.get("jwks-url"));
    const jwksFile = y2.string(e2.get("jwks-file"));
    if (!!jwksUrl === !!jwksFile) throw y2.error(node, "an issuer needs exactly one of `jwks-url` or `jwks-file`");
    if (jwksUrl) {
      if (!/^https?:\/\//.test(jwksUrl)) throw y2.error(e2.get("jwks-url").value, "`jwks-url` must be an http(s) URL");
      issuer.jwksUrl = jwksUrl;
    }
    if (jwksFile) issuer.jwksFile = resolve(baseDir, jwksFile);
    config.issuers.push(issuer);
  }
  if (config.issuers.length === 0) throw y2.error(top.get("issuers").value, "`issuers` must list at least one trusted issuer");
  if (top.get("sessions")) {
    const s2 = y2.entries(top.get("sessions").value, "`sessions`", ["ttl", "key-reload"]);
    config.sessionTtl = y2.integer(s2.get("ttl"), 5, MAX_SESSION_TTL) ?? DEFAULT_SESSION_TTL;
    config.keyReload = y2.integer(s2.get("key-reload"), 1, 3600) ?? config.keyReload;
  }
  if (top.get("store")) {
    const s2 = y2.entries(top.get("store").value, "`store`", ["driver", "data-dir", "url-env", "url-file"], ["driver"]);
    const driver = y2.string(s2.get("driver"));
    if (driver !== "pglite" && driver !== "postgres") throw y2.error(s2.get("driver").value, "`store.driver` must be pglite or postgres");
    config.store = { driver, ...source(y2, s2, baseDir, driver === "postgres", "store") };
  }
  for (const node of y2.list(top.get("reviewers"))) {
    const e2 = y2.entries(node, "a reviewer", ["name", "token-sha256"], ["name", "token-sha256"]);
    const hash = y2.string(e2.get("token-sha256"));
    if (!/^[0-9a-f]{64}$/.test(hash)) throw y2.error(e2.get("token-sha256").value, "`token-sha256` must be the hex SHA-256 of the reviewer token (never the token itself)");
    config.reviewers.push({ name: y2.string(e2.get("name")), tokenSha256: hash });
  }
  if (top.get("keys")) {
    const k2 = y2.entries(top.get("keys").value, "`keys`", ["encryption-key-file", "encryption-key-env"]);
    const file2 = y2.string(k2.get("encryption-key-file"));
    const env = y2.string(k2.get("encryption-key-env"));
    if (!!file2 === !!env) throw y2.error(top.get("keys").value, "`keys` needs exactly one of `encryption-key-file` or `encryption-key-env`");
    config.keys = file2 ? { file: resolve(baseDir, file2) } : { env };
  }
  for (const node of y2.list(top.get("masking"))) {
    const e2 = y2.entries(node, "a masking rule", ["columns", "replacement"], ["columns"]);
    config.masking.push({ columns: y2.strings(e2.get("columns")), replacement: y2.string(e2.get("replacement")) ?? "****" });
  }
  if (top.get("audit")) {
    const a2 = y2.entries(top.get("audit").value, "`audit`", ["granularity"], ["granularity"]);
    const granularity = y2.string(a2.get("granularity"));
    if (!AUDIT_GRANULARITIES.includes(granularity)) throw y2.error(a2.get("granularity").value, `\`audit.granularity\` must be one of ${AUDIT_GRANULARITIES.join(", ")}`);
    config.auditGranularity = granularity;
  }
  const names = /* @__PURE__ */ new Set();
  for (const node of y2.list(top.get("connections"))) {
    const e2 = y2.entries(
      node,
      "a connection",
      ["name", "driver", "dialect", "url-env", "url-file", "tls-ca", "data-dir", "policy", "approval-environment", "require-review", "lock-timeout", "statement-timeout", "access", "allow-superuser", "wire"],
      ["name", "driver", "access"]
    );
    const name = y2.string(e2.get("name"));
    if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) throw y2.error(e2.get("name").value, "`name` may contain letters, digits, `-` and `_`");
    if (names.has(name)) throw y2.error(e2.get("name").value, `duplicate connection \`${name}\``);
    names.add(name);
    const driver = y2.string(e2.get("driver"));
    if (driver !== "postgres" && driver !== "pglite" && driver !== "mysql") throw y2.error(e2.get("driver").value, "`driver` must be postgres, pglite or mysql (MySQL 8 and MariaDB 10.6+)");
    const dialect = y2.string(e2.get("dialect")) ?? (driver === "mysql" ? "mysql" : "postgres");
    const dialects = driver === "mysql" ? ["mysql", "mariadb"] : ["postgres"];
    if (!dialects.includes(dialect)) throw y2.error(e2.get("dialect").value, `\`dialect\` of a ${driver} connection must be ${dialects.join(" or ")}: plans are scanned and their digest computed in it`);
    if (e2.get("tls-ca") && driver !== "mysql") throw y2.error(e2.get("tls-ca").keyNode, "`tls-ca` is for the mysql driver (a postgres URL says sslmode and sslrootcert itself)");
    const access = {};
    const rules = y2.entries(e2.get("access").value, "`access`", ACCESS_CLAIMS);
    for (const claim of ACCESS_CLAIMS) {
      const patterns = y2.strings(rules.get(claim));
      if (patterns) access[claim] = patterns;
    }
    if (!access.repository && !access.repository_owner) throw y2.error(e2.get("access").value, "`access` must restrict `repository` or `repository_owner`: a connection open to every repository is refused");
    const duration = (key, fallback) => {
      const value = y2.string(e2.get(key)) ?? fallback;
      if (!DURATION.test(value)) throw y2.error(e2.get(key).value, `\`${key}\` must be a duration like 500ms, 5s, 2min or 1h`);
      return value;
    };
    config.connections.push({
      name,
      driver,
      dialect,
      ...source(y2, e2, baseDir, driver !== "pglite", `connection ${name}`),
      ...e2.get("tls-ca") ? { tlsCa: resolve(baseDir, y2.string(e2.get("tls-ca"))) } : {},
      ...e2.get("policy") ? { policy: resolve(baseDir, y2.string(e2.get("policy"))) } : {},
      approvalEnvironment: y2.string(e2.get("approval-environment")) ?? "production-approval",
      requireReview: y2.boolean(e2.get("require-review")) ?? false,
      lockTimeout: duration("lock-timeout", "5s"),
      statementTimeout: duration("statement-timeout", "15min"),
      access,
      allowSuperuser: y2.boolean(e2.get("allow-superuser")) ?? false,
      ...e2.get("wire") ? { wire: wireConfig(y2, e2.get("wire").value, baseDir, config.host, name, driver) } : {}
    });
  }
  if (config.connections.length === 0) throw y2.error(top.get("connections").value, "`connections` must list at least one connection");
  return config;
}
function wireConfig(y2, node, baseDir, defaultHost, name, driver) {
  const w2 = y2.entries(node, `connection ${name}: \`wire\``, ["host", "port", "tls", "tool", "limits"], ["port"]);
  const tool = y2.string(w2.get("tool")) ?? "none";
  const tools = driver === "mysql" ? MYSQL_WIRE_TOOLS : WIRE_TOOLS;
  if (!tools.includes(tool)) {
    throw y2.error(
      w2.get("tool").value,
      `\`wire.tool\` must be one of ${tools.join(", ")}${driver === "mysql" ? " on a mysql connection" : ""}: these are the tools whose history statements were captured, and only those run without a plan (another tool's history writes would be refused)`
    );
  }
  const limits = { ...WIRE_LIMIT_DEFAULTS };
  if (w2.get("limits")) {
    const l3 = y2.entries(w2.get("limits").value, "`wire.limits`", ["max-message", "auth-timeout", "idle-in-transaction-timeout", "max-connections", "max-connections-per-session"]);
    if (l3.get("max-message")) limits.maxMessageBytes = parseSize(y2.string(l3.get("max-message")), y2, l3.get("max-message").value);
    limits.authTimeout = y2.integer(l3.get("auth-timeout"), 1, 600) ?? limits.authTimeout;
    limits.idleInTransactionTimeout = y2.integer(l3.get("idle-in-transaction-timeout"), 0, 86400) ?? limits.idleInTransactionTimeout;
    limits.maxConnections = y2.integer(l3.get("max-connections"), 1, 1e4) ?? limits.maxConnections;
    limits.maxConnectionsPerSession = y2.integer(l3.get("max-connections-per-session"), 1, 1e3) ?? limits.maxConnectionsPerSession;
  }
  const wire = { host: y2.string(w2.get("host")) ?? defaultHost, port: y2.integer(w2.get("port"), 0, 65535), tool, limits };
  if (w2.get("tls")) {
    const t2 = y2.entries(w2.get("tls").value, "`wire.tls`", ["cert", "key"], ["cert", "key"]);
    wire.tls = { cert: resolve(baseDir, y2.string(t2.get("cert"))), key: resolve(baseDir, y2.string(t2.get("key"))) };
  }
  if (!wire.tls && !isLoopback(wire.host)) {
    throw y2.error((w2.get("host") ?? w2.get("port")).value, `connection ${name}: a wire endpoint on ${wire.host} without TLS would receive session tokens in clear text: set \`wire.tls\` (cert and key)`);
  }
  return wire;
}
function parseSize(text, y2, node) {
  const match = /^(\d+)\s*(B|KiB|MiB|GiB)?$/i.exec(text.trim());
  const unit = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }[(match?.[2] ?? "b").toLowerCase()];
  const bytes = match ? Number(match[1]) * unit : NaN;
  if (!(bytes >= 1024 && bytes <= 1024 ** 3)) throw y2.error(node, "`wire.limits.max-message` must be a size like 64MiB, between 1KiB and 1GiB");
  return bytes;
}
function source(y2, e2, baseDir, needsUrl, what) {
  const urlEnv = y2.string(e2.get("url-env"));
  const urlFile = y2.string(e2.get("url-file"));
  const dataDir = y2.string(e2.get("data-dir"));
  if (needsUrl) {
    if (!!urlEnv === !!urlFile) throw y2.error(e2.get("url-env")?.keyNode ?? e2.get("driver").value, `${what}: a ${y2.string(e2.get("driver"))} driver needs exactly one of \`url-env\` or \`url-file\` (database URLs are never written in the config)`);
    if (dataDir) throw y2.error(e2.get("data-dir").keyNode, `${what}: \`data-dir\` is for the pglite driver`);
    return urlEnv ? { urlEnv } : { urlFile: resolve(baseDir, urlFile) };
  }
  if (urlEnv || urlFile) throw y2.error((e2.get("url-env") ?? e2.get("url-file")).keyNode, `${what}: the pglite driver takes \`data-dir\`, not a URL`);
  return dataDir ? { dataDir: resolve(baseDir, dataDir) } : {};
}
function storeOutlivesProcess(store) {
  return store.driver === "postgres" || store.dataDir !== void 0;
}
function isLoopback(host) {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function resolveUrl(where, what) {
  if (where.urlEnv) {
    const url = process.env[where.urlEnv];
    if (!url) throw new InputError(`${what}: environment variable ${where.urlEnv} is not set`);
    return url;
  }
  try {
    return readFileSync(where.urlFile, "utf8").trim();
  } catch (error) {
    throw new InputError(`${what}: cannot read the URL file ${where.urlFile} (${error.code ?? "error"})`);
  }
}

// src/gateway/server/key-encryption.ts
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
var SealError = class extends Error {
};
function isSealed(value) {
  return !!value && typeof value === "object" && value.v === 1 && typeof value.ct === "string";
}
function localKeyEncryption(secret) {
  const key = Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), "migration-guard key-encryption v1", 32));
  const id = sha256Hex(Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), "migration-guard key-encryption id v1", 32)).toString("hex")).slice(0, 16);
  return {
    id,
    seal(plaintext, context3) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context3));
      const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { v: 1, kek: id, iv: iv.toString("base64"), ct: ct.toString("base64"), tag: cipher.getAuthTag().toString("base64") };
    },
    open(sealed, context3) {
      if (sealed.kek !== id) throw new SealError(`sealed with key-encryption key ${sealed.kek}, not with the configured one (${id})`);
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64"));
        decipher.setAAD(Buffer.from(context3));
        decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
        return Buffer.concat([decipher.update(Buffer.from(sealed.ct, "base64")), decipher.final()]);
      } catch {
        throw new SealError("its ciphertext does not authenticate (altered, or moved from another row)");
      }
    }
  };
}
function newEncryptionSecret() {
  return randomBytes(32).toString("base64");
}
function parseSecret(text, where) {
  const value = text.trim();
  const bytes = /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? Buffer.from(value, "hex") : /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, "base64") : Buffer.alloc(0);
  if (bytes.length < 32) throw new InputError(`${where} must hold a key-encryption key of at least 32 bytes, base64 or hex (make one with \`migration-guard gateway new-encryption-key\`)`);
  return bytes;
}
function loadKeyEncryption(source2, storeOutlivesProcess2) {
  if (source2?.file) {
    let text;
    try {
      text = readFileSync2(source2.file, "utf8");
    } catch (error) {
      throw new InputError(`keys.encryption-key-file ${source2.file} cannot be read (${error.code ?? "error"})`);
    }
    return localKeyEncryption(parseSecret(text, `keys.encryption-key-file ${source2.file}`));
  }
  if (source2?.env) {
    const text = process.env[source2.env];
    if (!text) throw new InputError(`keys.encryption-key-env: environment variable ${source2.env} is not set`);
    return localKeyEncryption(parseSecret(text, `environment variable ${source2.env}`));
  }
  if (storeOutlivesProcess2) {
    throw new InputError(
      "the gateway needs a key-encryption key: its store keeps the session-signing and audit-signing keys sealed with it, so that the store alone cannot sign sessions or rewrite the audit trail. Make one with `migration-guard gateway new-encryption-key > /etc/migration-guard/encryption.key`, keep it out of the store and its backups, and set `keys: { encryption-key-file: /etc/migration-guard/encryption.key }` (or `encryption-key-env: NAME`)"
    );
  }
  return localKeyEncryption(randomBytes(32));
}
async function resealKeys(tx, table, column, context3, from, to) {
  const rows = (await tx.query(`SELECT kid, ${column} AS sealed FROM ${table}`)).rows;
  let count = 0;
  for (const row of rows) {
    if (!isSealed(row.sealed)) continue;
    await tx.query(`UPDATE ${table} SET ${column} = $2 WHERE kid = $1`, [row.kid, JSON.stringify(to.seal(from.open(row.sealed, context3(row.kid)), context3(row.kid)))]);
    count++;
  }
  return count;
}

// src/gateway/server/audit-keys.ts
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
function sealMessage(seq, hash) {
  return Buffer.from(`migration-guard audit seal v1
${seq}
${hash}`);
}
function verifySeal(publicKey, seq, hash, seal) {
  try {
    return verify(null, sealMessage(seq, hash), publicKey, Buffer.from(seal, "base64"));
  } catch {
    return false;
  }
}
var context = (kid) => `mg_audit_keys:${kid}`;
function kidOf(publicKey) {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}
async function openAuditKeys(store, kek) {
  const rows = (await store.query("SELECT kid, private_enc FROM mg_audit_keys ORDER BY created_at DESC, kid")).rows;
  const opened = [];
  for (const row of rows) {
    if (!isSealed(row.private_enc)) continue;
    try {
      const privateKey = createPrivateKey({ key: kek.open(row.private_enc, context(row.kid)), format: "der", type: "pkcs8" });
      const publicKey = createPublicKey(privateKey);
      if (kidOf(publicKey) === row.kid) opened.push({ kid: row.kid, privateKey, publicKey });
    } catch {
    }
  }
  return opened;
}
async function trustedAuditKeys(store, kek) {
  return new Map((await openAuditKeys(store, kek)).map(({ kid, publicKey }) => [kid, publicKey]));
}
async function loadAuditSigner(store, kek) {
  let keys = await openAuditKeys(store, kek);
  if (!keys.length) {
    const { privateKey: privateKey2, publicKey } = generateKeyPairSync("ed25519");
    const kid2 = kidOf(publicKey);
    const sealed = kek.seal(privateKey2.export({ type: "pkcs8", format: "der" }), context(kid2));
    await store.query("INSERT INTO mg_audit_keys (kid, public_key, private_enc, created_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING", [kid2, publicKey.export({ type: "spki", format: "pem" }), JSON.stringify(sealed)]);
    keys = await openAuditKeys(store, kek);
  }
  const { kid, privateKey } = keys[0];
  return { kid, seal: (seq, hash) => sign(null, sealMessage(seq, hash), privateKey).toString("base64") };
}
function publicKeysPem(keys) {
  return keys.map(({ kid, publicKey }) => ({ kid, pem: String(publicKey.export({ type: "spki", format: "pem" })) }));
}
function publicKeysFromPem(text) {
  const keys = /* @__PURE__ */ new Map();
  for (const block of text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? []) {
    const key = createPublicKey(block);
    keys.set(kidOf(key), key);
  }
  return keys;
}
function resealAuditKeys(tx, from, to) {
  return resealKeys(tx, "mg_audit_keys", "private_enc", context, from, to);
}

// src/gateway/server/group-commit.ts
var GroupCommit = class {
  /**
   * @param write writes a group in one go and returns one result per item, in order; when it throws, each item of
   *   the group is written again on its own, so one request's item never fails another's.
   * @param soonMs the longest an item nobody waits on (`soon`) stays queued.
   */
  constructor(write, soonMs = 25) {
    this.write = write;
    this.soonMs = soonMs;
  }
  write;
  soonMs;
  pending = [];
  flushing = false;
  flushScheduled = false;
  soonTimer;
  /**
   * Queues an item: written by the next write, with everything else queued by then (started on the next turn of the
   * event loop, or when the write in flight ends), or, when `soon`, with the next group and at the latest after
   * `soonMs`: an item that nothing waits on costs no write of its own. Order is kept either way.
   */
  submit(item, soon = false) {
    const result = new Promise((done, fail) => this.pending.push({ item, done, fail, soon }));
    if (soon) this.scheduleSoon();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        void this.flush();
      });
    }
    return result;
  }
  scheduleSoon() {
    this.soonTimer ??= setTimeout(() => {
      this.soonTimer = void 0;
      void this.flush(true);
    }, this.soonMs);
  }
  /** Writes group after group while someone waits on a queued item; `all` also writes a queue of `soon` items only. */
  async flush(all = false) {
    if (this.flushing) {
      if (all) this.scheduleSoon();
      return;
    }
    this.flushing = true;
    try {
      while (this.pending.length > 0 && (all || this.pending.some((p3) => !p3.soon))) {
        all = false;
        const group = this.pending.splice(0, this.pending.length);
        try {
          const results = await this.write(group.map((g2) => g2.item));
          group.forEach((g2, i) => g2.done(results[i]));
        } catch (error) {
          if (group.length === 1) group[0].fail(error);
          else for (const g2 of group) await this.write([g2.item]).then((results) => g2.done(results[0]), g2.fail);
        }
      }
    } finally {
      this.flushing = false;
      if (this.pending.length > 0) this.scheduleSoon();
    }
  }
};

// src/gateway/server/data-dir-lock.ts
import { closeSync, openSync, readFileSync as readFileSync3, rmSync, writeSync } from "node:fs";
function lockDataDir(dir) {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(readFileSync3(path, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new InputError(`${dir} is in use by process ${holder} (a running gateway?): the embedded PGlite serves one process at a time. Stop that process first, or use a postgres store or server where several processes need it (if no such process uses it, delete ${path})`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new InputError(`${dir}: could not take its lock (${path})`);
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function openPglite(dataDir) {
  const unlock = dataDir ? lockDataDir(dataDir) : () => void 0;
  let db;
  try {
    db = await je.create(dataDir ? { dataDir } : {});
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    db,
    close: async () => {
      await db.close();
      unlock();
    }
  };
}

// src/gateway/server/store.ts
var STORE_MIGRATIONS = [
  `
CREATE TABLE IF NOT EXISTS mg_keys (kid text PRIMARY KEY, private_jwk jsonb NOT NULL, public_jwk jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS mg_used_jti (jti text NOT NULL, issuer text NOT NULL, expires_at timestamptz NOT NULL, PRIMARY KEY (issuer, jti));
CREATE TABLE IF NOT EXISTS mg_sessions (
  id text PRIMARY KEY, connection text NOT NULL, plan_digest text NOT NULL, verdict text NOT NULL,
  identity jsonb NOT NULL, status text NOT NULL, review jsonb, request jsonb, results jsonb, message text,
  created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL);
ALTER TABLE mg_sessions ADD COLUMN IF NOT EXISTS scope text NOT NULL DEFAULT 'exec';
CREATE TABLE IF NOT EXISTS mg_audit (seq bigint PRIMARY KEY, at text NOT NULL, kind text NOT NULL, data jsonb NOT NULL, prev_hash text NOT NULL, hash text NOT NULL);
CREATE TABLE IF NOT EXISTS mg_audit_head (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL);
-- The seal of the chain's head after a write (audit-keys.ts), on that write's last record.
ALTER TABLE mg_audit ADD COLUMN IF NOT EXISTS seal text;
ALTER TABLE mg_audit ADD COLUMN IF NOT EXISTS seal_kid text;
CREATE TABLE IF NOT EXISTS mg_audit_keys (kid text PRIMARY KEY, public_key text NOT NULL, private_enc jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
-- The chain's start, for a new store only: a store with records and no head keeps none (audit verify says so).
INSERT INTO mg_audit_head (id, seq, hash) SELECT 1, 0, repeat('0', 64) WHERE NOT EXISTS (SELECT FROM mg_audit) ON CONFLICT (id) DO NOTHING
`,
  // 2: signing keys can be retired (gateway retire-key); sessions listed by when they were made; the audit trail
  // pruned through a checkpoint (audit prune).
  `
ALTER TABLE mg_keys ADD COLUMN IF NOT EXISTS retired_at timestamptz;
CREATE INDEX IF NOT EXISTS mg_sessions_created ON mg_sessions (created_at);
CREATE TABLE IF NOT EXISTS mg_audit_checkpoint (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL, pruned_at timestamptz NOT NULL DEFAULT now())
`
];
var STORE_SCHEMA_VERSION = STORE_MIGRATIONS.length;
var STORE_LOCK = 7245101;
async function openStore(options) {
  const store = options.driver === "postgres" ? postgresStore(options.url) : await pgliteStore(options.dataDir);
  try {
    await migrateStore(store);
  } catch (error) {
    await store.close().catch(() => void 0);
    throw error;
  }
  return store;
}
async function migrateStore(store) {
  return store.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [STORE_LOCK]);
    await tx.query("CREATE TABLE IF NOT EXISTS mg_schema (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())");
    const from = (await tx.query("SELECT version FROM mg_schema WHERE id = 1")).rows[0]?.version ?? 0;
    if (from > STORE_SCHEMA_VERSION) {
      throw new Error(`the store's schema is version ${from}, made by a newer release of migration-guard than this one (which knows up to ${STORE_SCHEMA_VERSION}): run the newer release, or restore the store's backup from before the upgrade`);
    }
    for (let version = from + 1; version <= STORE_SCHEMA_VERSION; version++) {
      for (const statement of STORE_MIGRATIONS[version - 1].split(";").map((s2) => s2.trim()).filter(Boolean)) await tx.query(statement);
    }
    if (from < STORE_SCHEMA_VERSION) await tx.query("INSERT INTO mg_schema (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, migrated_at = now()", [STORE_SCHEMA_VERSION]);
    return { from, to: STORE_SCHEMA_VERSION };
  });
}
async function pgliteStore(dataDir) {
  const { db, close } = await openPglite(dataDir);
  const query = async (client, sql, params) => {
    const result = await client.query(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    query: (sql, params) => query(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => query(tx, sql, params) })),
    close
  };
}
function postgresStore(url) {
  const pool = new esm_default.Pool({ connectionString: url, max: 10 });
  pool.on("error", () => void 0);
  const query = async (client, sql, params) => {
    const result = await client.query(sql, params);
    return { rows: result.rows, rowCount: result.rowCount ?? 0 };
  };
  return {
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({ query: (sql, params) => query(client, sql, params) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => void 0);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end()
  };
}

// src/gateway/server/audit.ts
var GENESIS_HASH = "0".repeat(64);
var SOON_MS = 25;
var MAX_ATTEMPTS = 20;
function canonicalJson(value) {
  return inOrder(value) ? JSON.stringify(value) ?? "null" : sortedJson(value);
}
function inOrder(value) {
  if (value === null || typeof value !== "object") return typeof value !== "symbol";
  if (typeof value.toJSON === "function") return false;
  if (Array.isArray(value)) return value.every(inOrder);
  let previous = "";
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (key < previous || typeof member === "symbol" || !inOrder(member)) return false;
    previous = key;
  }
  return true;
}
function sortedJson(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (typeof value.toJSON === "function") return sortedJson(value.toJSON());
  if (Array.isArray(value)) {
    let out2 = "[";
    for (let i = 0; i < value.length; i++) out2 += (i ? "," : "") + sortedJson(value[i]);
    return `${out2}]`;
  }
  const record = value;
  const keys = Object.keys(record).sort();
  let out = "{";
  for (const key of keys) {
    const member = record[key];
    if (member === void 0 || typeof member === "function" || typeof member === "symbol") continue;
    out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${sortedJson(member)}`;
  }
  return `${out}}`;
}
function recordHash(prevHash, seq, at, kind, data) {
  return hashOf(prevHash, seq, at, kind, canonicalJson(data));
}
function hashOf(prevHash, seq, at, kind, canonicalData) {
  return sha256Hex(`${prevHash}
${seq}
${at}
${kind}
${canonicalData}`);
}
var AuditLog = class {
  constructor(store, now = () => /* @__PURE__ */ new Date(), signer) {
    this.store = store;
    this.now = now;
    this.signer = signer;
  }
  store;
  now;
  signer;
  /** Appends a record; throws when it cannot be written (callers must then not act). */
  async append(kind, data) {
    return (await this.appendMany([{ kind, data }]))[0];
  }
  /**
   * Appends records that nothing waits on (what a wire connection's round trip did, a statement's result): they are
   * written with the next group, at the latest after `SOON_MS`, so they cost no store write of their own. Order
   * with every other append is kept.
   */
  appendSoon(kind, data) {
    return this.appendManySoon([{ kind, data }]).then((records) => records[0]);
  }
  appendManySoon(entries) {
    return this.enqueue(entries, true);
  }
  /** Told how long each append took (seconds), for the metrics. */
  observe;
  /**
   * Appends records in order, atomically: all are written or none. Resolves only once they are committed, so a
   * caller that acts after it never acts unaudited. Appends that arrive while one is being written are written
   * together in the next store write (group commit): one statement and one commit for many requests.
   */
  appendMany(entries) {
    return this.enqueue(entries, false);
  }
  /** Each request's records, chained and written with the others of its group in one statement. */
  groups = new GroupCommit(async (requests) => {
    const records = await this.appendInOneStatement(requests.flat());
    let at = 0;
    return requests.map((entries) => records.slice(at, at += entries.length));
  }, SOON_MS);
  enqueue(entries, soon) {
    if (entries.length === 0) return Promise.resolve([]);
    const started = performance.now();
    return this.groups.submit(entries, soon).finally(() => this.observe?.((performance.now() - started) / 1e3));
  }
  /** The chain's last record as this process last wrote or read it; another replica's append makes it stale. */
  head;
  /**
   * Writes records in one statement: the head moves from the head they were chained to, and the records are
   * inserted only if it did. When another replica appended first, nothing is written and the chain is recomputed
   * from the new head. One round trip per group instead of a locked transaction of six.
   */
  async appendInOneStatement(entries) {
    for (let attempt = 1; ; attempt++) {
      const head = this.head ?? await this.readHead();
      const at = this.now().toISOString();
      const records = [];
      const kinds = [];
      const hashes = [];
      let lines = "";
      let { seq, hash: prev } = head;
      for (const { kind, data } of entries) {
        seq++;
        const canonical = canonicalJson(data);
        const hash = hashOf(prev, seq, at, kind, canonical);
        records.push({ seq, at, kind, data, prev_hash: prev, hash, seal: null, seal_kid: null });
        kinds.push(kind);
        hashes.push(hash);
        lines += `${lines ? "\n" : ""}${canonical}`;
        prev = hash;
      }
      if (!this.signer) throw new Error("this audit log has no signing key: it cannot append");
      const seal = this.signer.seal(seq, prev);
      records[records.length - 1].seal = seal;
      records[records.length - 1].seal_kid = this.signer.kid;
      this.head = void 0;
      const { rowCount } = await this.store.query(
        // The store lock, held for this statement only, keeps out a replica of an earlier version (which appended
        // under it in a transaction of its own) during a rolling upgrade; replicas of this version need only the head.
        // Each record's prev_hash is the hash of the one before it, the first's the head it was chained to.
        `WITH locked AS (SELECT pg_advisory_xact_lock($6)),
         moved AS (UPDATE mg_audit_head SET seq = $1, hash = $2 WHERE id = 1 AND seq = $3 AND hash = $4 AND EXISTS (SELECT FROM locked) RETURNING 1)
         INSERT INTO mg_audit (seq, at, kind, data, prev_hash, hash, seal, seal_kid)
         SELECT $3::bigint + n, $5, kind, data::jsonb, coalesce(lag(hash) OVER (ORDER BY n), $4), hash,
                CASE WHEN $3::bigint + n = $1 THEN $10 END, CASE WHEN $3::bigint + n = $1 THEN $11 END
         FROM unnest($7::text[], string_to_array($8, E'\\n'), $9::text[]) WITH ORDINALITY AS r(kind, data, hash, n)
         WHERE EXISTS (SELECT FROM moved)`,
        [seq, prev, head.seq, head.hash, at, STORE_LOCK, kinds, lines, hashes, seal, this.signer.kid]
      );
      if (rowCount === records.length) {
        this.head = { seq, hash: prev };
        return records;
      }
      if (attempt === MAX_ATTEMPTS) throw new Error(`the audit chain moved under ${MAX_ATTEMPTS} attempts in a row (is its head row missing? run audit verify)`);
    }
  }
  async readHead() {
    const head = (await this.store.query("SELECT seq, hash FROM mg_audit_head WHERE id = 1")).rows[0];
    if (!head) throw new Error("the audit head is missing: records were tampered with (run audit verify); nothing is appended");
    return { seq: Number(head.seq), hash: head.hash };
  }
  /** The records after sequence number `afterSeq`, in order (at most `limit` of them). */
  async records(afterSeq = 0, limit) {
    const { rows } = await this.store.query(`SELECT seq, at, kind, data, prev_hash, hash, seal, seal_kid FROM mg_audit WHERE seq > $1 ORDER BY seq${limit ? " LIMIT $2" : ""}`, limit ? [afterSeq, limit] : [afterSeq]);
    return rows.map((r2) => ({ ...r2, seq: Number(r2.seq) }));
  }
  /**
   * Deletes the records up to and including `throughSeq` (retention), keeping the verifiability of the rest: the hash
   * of record `throughSeq` becomes the checkpoint the chain is verified from, and an `audit.pruned` record, sealed like
   * any other, names it, so a checkpoint changed afterwards (to hide a rewrite) does not match its sealed record.
   */
  async prune(throughSeq) {
    const target = (await this.store.query("SELECT seq, hash, seal FROM mg_audit WHERE seq = $1", [throughSeq])).rows[0];
    if (!target) throw new Error(`there is no audit record ${throughSeq} (already pruned, or not written yet)`);
    const sealedAfter = (await this.store.query("SELECT count(*)::int AS n FROM mg_audit WHERE seq >= $1 AND seal IS NOT NULL", [throughSeq])).rows[0].n;
    if (!sealedAfter) throw new Error(`no sealed record at or after ${throughSeq}: prune only what a seal covers`);
    await this.append("audit.pruned", { through: throughSeq, hash: target.hash });
    const deleted = await this.store.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [STORE_LOCK]);
      await tx.query("INSERT INTO mg_audit_checkpoint (id, seq, hash) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, pruned_at = now()", [throughSeq, target.hash]);
      return (await tx.query("DELETE FROM mg_audit WHERE seq <= $1", [throughSeq])).rowCount;
    });
    return { deleted, checkpoint: { seq: throughSeq, hash: target.hash } };
  }
  /**
   * Upgrades a chain written before records were sealed (or whose last write an older replica made): one record,
   * `audit.sealed`, seals the head as it is, so what came before stays verifiable as it was written and nothing
   * before it can change unseen from now on.
   */
  async sealTail() {
    const last = (await this.store.query("SELECT seq, seal FROM mg_audit ORDER BY seq DESC LIMIT 1")).rows[0];
    if (!last || last.seal) return void 0;
    const unsealed = (await this.store.query("SELECT min(seq) AS first FROM mg_audit WHERE seq > coalesce((SELECT max(seq) FROM mg_audit WHERE seal IS NOT NULL), 0)")).rows[0];
    return this.append("audit.sealed", { from: Number(unsealed.first), through: Number(last.seq), reason: "records written before this gateway sealed its writes: attested as they were when it started" });
  }
  /**
   * Walks the chain; returns the problems found (empty when intact). `trusted`: the audit public keys seals must
   * verify with (from the key-encryption key, or given to an auditor); `witnesses`: heads kept outside the store.
   */
  async verify(trusted, witnesses = []) {
    const records = await this.records();
    const head = (await this.store.query("SELECT seq, hash FROM mg_audit_head WHERE id = 1")).rows[0];
    const checkpoint = (await this.store.query("SELECT seq, hash FROM mg_audit_checkpoint WHERE id = 1")).rows[0];
    const problems = [];
    let prev = checkpoint?.hash ?? GENESIS_HASH;
    let expected = checkpoint ? Number(checkpoint.seq) + 1 : 1;
    if (checkpoint && !records.some((r2) => r2.kind === "audit.pruned" && Number(r2.data.through) === Number(checkpoint.seq) && r2.data.hash === checkpoint.hash)) {
      problems.push(`the checkpoint (record ${checkpoint.seq}) is named by no audit.pruned record: it was changed after pruning`);
    }
    let sealedThrough = 0;
    let attested;
    for (const record of records) {
      if (record.seq !== expected) problems.push(`record ${expected}${record.seq > expected + 1 ? `\u2013${record.seq - 1}` : ""} is missing (deleted)`);
      if (record.prev_hash !== prev) problems.push(`record ${record.seq} does not follow the previous record (its prev_hash does not match)`);
      if (recordHash(record.prev_hash, record.seq, record.at, record.kind, record.data) !== record.hash) problems.push(`record ${record.seq} (${record.kind}) was modified: its content does not match its hash`);
      if (record.seal) {
        const key = trusted.get(record.seal_kid ?? "");
        if (!key) problems.push(`record ${record.seq} is sealed with audit key ${String(record.seal_kid)}, which is not one of the trusted keys`);
        else if (!verifySeal(key, record.seq, record.hash, record.seal)) problems.push(`record ${record.seq}'s seal does not verify: it or a record before it was changed after the gateway sealed it`);
        else sealedThrough = record.seq;
      }
      if (record.kind === "audit.sealed" && !attested) attested = { from: Number(record.data.from), through: Number(record.data.through) };
      prev = record.hash;
      expected = record.seq + 1;
    }
    const last = records[records.length - 1];
    if (last && sealedThrough < last.seq) problems.push(`records ${sealedThrough + 1}\u2013${last.seq} are not sealed by a trusted key: they may have been written or rewritten without the gateway`);
    for (const witness of witnesses) {
      const record = records.find((r2) => r2.seq === witness.seq);
      if (checkpoint && witness.seq <= Number(checkpoint.seq)) {
        if (witness.seq === Number(checkpoint.seq) && witness.hash !== checkpoint.hash) problems.push(`witnessed record ${witness.seq} has another hash than the checkpoint: the trail was rewritten before it was pruned`);
        continue;
      }
      if (!record) problems.push(`witnessed record ${witness.seq} is missing: the trail was cut back to record ${last?.seq ?? 0}`);
      else if (record.hash !== witness.hash) problems.push(`witnessed record ${witness.seq} has another hash than the witness: the trail was rewritten`);
    }
    if (head && (Number(head.seq) !== (last?.seq ?? 0) || head.hash !== (last?.hash ?? GENESIS_HASH))) problems.push(`the chain ends at record ${last?.seq ?? 0} but the head says ${head.seq}: records were removed from the end`);
    if (!head) problems.push("the audit head is missing");
    return { records: records.length, head: last?.hash, sealedThrough, ...attested ? { attested } : {}, ...checkpoint ? { prunedThrough: Number(checkpoint.seq) } : {}, problems };
  }
};

// src/gateway/server/ledger.ts
var LEDGER_LOCK = 7245102;
var SQL = {
  postgres: {
    schema: [
      "CREATE SCHEMA IF NOT EXISTS migration_guard",
      `CREATE TABLE IF NOT EXISTS migration_guard.ledger (
    path text PRIMARY KEY, file_digest text NOT NULL, statements int NOT NULL, applied int NOT NULL,
    plan_digest text NOT NULL, session text NOT NULL, identity jsonb NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`
    ],
    exists: "SELECT to_regclass('migration_guard.ledger') IS NOT NULL AS present",
    lock: `SELECT pg_advisory_lock(${LEDGER_LOCK}) AS locked`,
    unlock: `SELECT pg_advisory_unlock(${LEDGER_LOCK})`,
    read: `SELECT path, file_digest, statements, applied, NULL AS pending, plan_digest, session, identity, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS applied_at FROM migration_guard.ledger ORDER BY path`,
    record: `INSERT INTO migration_guard.ledger (path, file_digest, statements, applied, plan_digest, session, identity, applied_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (path) DO UPDATE SET file_digest = EXCLUDED.file_digest, statements = EXCLUDED.statements, applied = EXCLUDED.applied,
         plan_digest = EXCLUDED.plan_digest, session = EXCLUDED.session, identity = EXCLUDED.identity, applied_at = EXCLUDED.applied_at`,
    table: "migration_guard.ledger"
  },
  mysql: {
    schema: [
      `CREATE TABLE IF NOT EXISTS migration_guard_ledger (
    path VARCHAR(700) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin PRIMARY KEY, file_digest VARCHAR(100) NOT NULL, statements INT NOT NULL, applied INT NOT NULL,
    pending INT NULL, plan_digest VARCHAR(100) NOT NULL, session VARCHAR(64) NOT NULL, identity TEXT NOT NULL, applied_at DATETIME(3) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`
    ],
    exists: "SELECT COUNT(*) > 0 AS present FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_guard_ledger'",
    // A named lock is the session's until released or the connection ends (COM_RESET_CONNECTION frees it too).
    lock: "SELECT GET_LOCK('migration_guard.ledger', 3600) AS locked",
    unlock: "SELECT RELEASE_LOCK('migration_guard.ledger')",
    read: "SELECT path, file_digest, statements, applied, pending, plan_digest, session, identity, DATE_FORMAT(applied_at, '%Y-%m-%dT%H:%i:%sZ') AS applied_at FROM migration_guard_ledger ORDER BY path",
    record: `INSERT INTO migration_guard_ledger (path, file_digest, statements, applied, pending, plan_digest, session, identity, applied_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))
       ON DUPLICATE KEY UPDATE file_digest = VALUES(file_digest), statements = VALUES(statements), applied = VALUES(applied), pending = VALUES(pending),
         plan_digest = VALUES(plan_digest), session = VALUES(session), identity = VALUES(identity), applied_at = VALUES(applied_at)`,
    table: "migration_guard_ledger"
  }
};
async function ledgerExists(session) {
  const exists = await session.query(SQL[session.engine].exists, []);
  const present = exists.rows[0]?.present;
  return present === true || Number(present) === 1;
}
async function lockLedger(session) {
  const { rows } = await session.query(SQL[session.engine].lock, []);
  if (session.engine === "mysql" && Number(rows[0]?.locked) !== 1) throw new Error("another run has held the ledger lock for an hour; nothing was run");
  if (!await ledgerExists(session)) for (const statement of SQL[session.engine].schema) await session.query(statement);
}
async function unlockLedger(session) {
  await session.query(SQL[session.engine].unlock, []);
}
async function readLedger(session) {
  const { rows } = await session.query(SQL[session.engine].read, []);
  return new Map(
    rows.map((r2) => [
      String(r2.path),
      {
        path: String(r2.path),
        fileDigest: String(r2.file_digest),
        statements: Number(r2.statements),
        applied: Number(r2.applied),
        planDigest: String(r2.plan_digest),
        session: String(r2.session),
        identity: typeof r2.identity === "string" ? JSON.parse(r2.identity) : r2.identity,
        appliedAt: String(r2.applied_at),
        ...r2.pending === null || r2.pending === void 0 ? {} : { pending: Number(r2.pending) }
      }
    ])
  );
}
function checkAgainstLedger(files, ledger) {
  const skip = /* @__PURE__ */ new Map();
  const progress = /* @__PURE__ */ new Map();
  for (const [path, { statements: file, digest }] of files) {
    const entry = ledger.get(path);
    if (!entry) continue;
    if (entry.pending !== void 0) {
      return {
        ok: false,
        message: `statement ${entry.pending} of ${path} was running when session ${entry.session} was cut off, and MySQL commits DDL on its own, so whether it took effect is unknown. Look at the database; then, if it took effect: UPDATE migration_guard_ledger SET applied = ${entry.pending}, pending = NULL WHERE path = '${path.replace(/'/g, "''")}'; if not: UPDATE migration_guard_ledger SET pending = NULL WHERE path = '${path.replace(/'/g, "''")}'. Nothing was run`
      };
    }
    if (entry.fileDigest !== digest) {
      return {
        ok: false,
        message: `${path} was applied on ${entry.appliedAt} (session ${entry.session}, plan ${entry.planDigest}) and has changed since: an applied migration must not be edited. Restore it and add the change as a new migration; nothing was run`
      };
    }
    const note = `${ALREADY_APPLIED} on ${entry.appliedAt} by session ${entry.session}`;
    for (const s2 of file.slice(0, entry.applied)) skip.set(s2.index, note);
    progress.set(path, entry.applied);
  }
  return { ok: true, skip, progress };
}
async function recordProgress(session, files, paths, progress, context3, pending) {
  for (const path of paths) {
    const file = files.get(path);
    const common = [file.digest, file.statements.length, progress.get(path) ?? 0];
    const who = [context3.planDigest, context3.session, JSON.stringify(context3.identity)];
    const params = session.engine === "mysql" ? [path, ...common, pending?.path === path ? pending.statement : null, ...who] : [path, ...common, ...who];
    await session.query(SQL[session.engine].record, params);
  }
}
function planFilesOf(statements) {
  const grouped = /* @__PURE__ */ new Map();
  for (const s2 of statements) {
    const file = grouped.get(s2.path);
    if (file) file.push(s2);
    else grouped.set(s2.path, [s2]);
  }
  return new Map([...grouped].map(([path, file]) => [path, { statements: file, digest: fileDigest(file.map((s2) => s2.digest)) }]));
}
function notYetApplied(statements, skip) {
  const remaining = [];
  const skipped = [];
  for (const statement of statements) {
    const note = skip.get(statement.index);
    if (note) skipped.push({ statement, note });
    else remaining.push(statement);
  }
  return { remaining, skipped };
}

// src/gateway/server/keys.ts
var SESSION_ALG = "ES256";
var context2 = (kid) => `mg_keys:${kid}`;
async function loadSigningKeys(store, kek, log = () => void 0) {
  const removed = await store.query("DELETE FROM mg_keys WHERE NOT (private_jwk ? 'ct')");
  if (removed.rowCount) log(`removed ${removed.rowCount} session-signing key(s) an earlier version stored in clear; sessions they signed are no longer accepted`);
  let keys = await openKeys(store, kek);
  if (!keys.length) {
    const unopened = (await store.query("SELECT count(*)::int AS n FROM mg_keys WHERE retired_at IS NULL")).rows[0].n;
    if (unopened) throw new SealError(`none of the ${unopened} session-signing keys in the store opens with the configured key-encryption key (${kek.id}): start with the key they were sealed with, or re-seal them (gateway rotate-encryption-key)`);
    await addSigningKey(store, kek);
    keys = await openKeys(store, kek);
  }
  const jwks = { keys: keys.map((k2) => k2.publicJwk) };
  const newest = keys[0];
  return { kid: newest.kid, privateKey: newest.privateKey, jwks, verifier: createLocalJWKSet(jwks), reload: () => loadSigningKeys(store, kek, log) };
}
async function openKeys(store, kek) {
  const rows = (await store.query("SELECT kid, private_jwk FROM mg_keys WHERE retired_at IS NULL ORDER BY created_at DESC, kid")).rows;
  const opened = [];
  for (const row of rows) {
    if (!isSealed(row.private_jwk)) continue;
    let jwk;
    try {
      jwk = JSON.parse(kek.open(row.private_jwk, context2(row.kid)).toString("utf8"));
    } catch {
      continue;
    }
    const { d: _d, ...publicPart } = jwk;
    if (await calculateJwkThumbprint(publicPart) !== row.kid) continue;
    opened.push({ kid: row.kid, privateKey: await importJWK(jwk, SESSION_ALG), publicJwk: { ...publicPart, kid: row.kid, alg: SESSION_ALG, use: "sig" } });
  }
  return opened;
}
async function addSigningKey(store, kek) {
  const { privateKey, publicKey } = await generateKeyPair(SESSION_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const sealed = kek.seal(Buffer.from(JSON.stringify(await exportJWK(privateKey))), context2(kid));
  await store.query("INSERT INTO mg_keys (kid, private_jwk, public_jwk, created_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING", [
    kid,
    JSON.stringify(sealed),
    JSON.stringify({ ...publicJwk, kid, alg: SESSION_ALG, use: "sig" })
  ]);
  return kid;
}
async function retireSigningKey(store, kek, kid) {
  return store.transaction(async (tx) => {
    await tx.query("SELECT kid FROM mg_keys FOR UPDATE");
    const found = (await tx.query("SELECT retired_at IS NOT NULL AS retired FROM mg_keys WHERE kid = $1", [kid])).rows[0];
    if (!found) throw new Error(`no session-signing key ${kid} in the store (the JWKS at /.well-known/jwks.json lists the kids)`);
    if (found.retired) throw new Error(`key ${kid} is already retired`);
    const others = (await openKeys(tx, kek)).filter((k2) => k2.kid !== kid);
    if (!others.length) throw new Error(`key ${kid} is the only key that signs: run \`gateway rotate-key\` first, so replicas have another to sign with`);
    await tx.query("UPDATE mg_keys SET retired_at = now() WHERE kid = $1", [kid]);
    return { remaining: others[0].kid };
  });
}
function resealSigningKeys(tx, from, to) {
  return resealKeys(tx, "mg_keys", "private_jwk", context2, from, to);
}

// src/gateway/server/sessions.ts
var IDENTITY_CLAIMS = ["sub", "repository", "repository_owner", "ref", "sha", "environment", "workflow", "job_workflow_ref", "run_id", "run_attempt", "actor", "event_name"];
var FINAL_STATUSES = ["done", "failed", "blocked", "rejected", "revoked"];
var SessionStore = class {
  constructor(db) {
    this.db = db;
  }
  db;
  /**
   * Records the subject token's id and creates the session: false, and no session, when the token was exchanged
   * before (replay). Concurrent exchanges are written together, in one statement (group commit).
   */
  createFor(subjectToken, session) {
    return this.creations.submit({ subjectToken, session });
  }
  creations = new GroupCommit(async (group) => {
    const seen = /* @__PURE__ */ new Set();
    const firsts = group.map(({ subjectToken }) => {
      const key = JSON.stringify([subjectToken.issuer, subjectToken.jti]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const rows = group.filter((_2, i) => firsts[i]).map(({ subjectToken: t2, session: s2 }) => ({
      jti: t2.jti,
      issuer: t2.issuer,
      exp: t2.expiresAtEpoch,
      id: s2.id,
      connection: s2.connection,
      plan_digest: s2.planDigest,
      verdict: s2.verdict,
      identity: s2.identity,
      expires_at: s2.expiresAt.toISOString(),
      scope: s2.scope
    }));
    const created = await this.db.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(jti text, issuer text, exp double precision, id text, connection text,
           plan_digest text, verdict text, identity jsonb, expires_at timestamptz, scope text)),
       claimed AS (INSERT INTO mg_used_jti (jti, issuer, expires_at) SELECT jti, issuer, to_timestamp(exp) FROM input ON CONFLICT DO NOTHING RETURNING jti, issuer)
       INSERT INTO mg_sessions (id, connection, plan_digest, verdict, identity, status, expires_at, scope)
       SELECT id, connection, plan_digest, verdict, identity, 'issued', expires_at, scope FROM input JOIN claimed USING (issuer, jti)
       RETURNING id`,
      [JSON.stringify(rows)]
    );
    const ids = new Set(created.rows.map((r2) => r2.id));
    return group.map(({ session }, i) => firsts[i] && ids.has(session.id));
  });
  async get(id) {
    return (await this.db.query("SELECT * FROM mg_sessions WHERE id = $1", [id])).rows[0];
  }
  /** Moves a session from `from` to `to` (with what that step records); false when it is no longer in `from`. */
  async transition(id, from, to, record = {}) {
    const claimed = await this.db.query(
      "UPDATE mg_sessions SET status = $2, message = COALESCE($4, message), request = COALESCE($5, request), review = COALESCE($6, review) WHERE id = $1 AND status = $3",
      [id, to, from, record.message ?? null, record.request ? JSON.stringify(record.request) : null, record.review ? JSON.stringify(record.review) : null]
    );
    return claimed.rowCount > 0;
  }
  /** The end of a run: its status (a revoked session stays revoked), every statement's result and the summary message. */
  async finish(id, status, results, message) {
    await this.db.query("UPDATE mg_sessions SET status = CASE WHEN status = 'revoked' THEN status ELSE $2 END, results = $3, message = $4 WHERE id = $1", [id, status, JSON.stringify(results), message]);
  }
  /**
   * Revokes a session that has not ended (`session revoke`): its token is refused from now on by every replica, and
   * the replica running it ends its run or wire connections within seconds. False when it had ended or is unknown.
   */
  async revoke(id, reason) {
    const { rows } = await this.db.query(
      `UPDATE mg_sessions SET status = 'revoked', message = $2 WHERE id = $1 AND status <> ALL($3::text[]) RETURNING *`,
      [id, `revoked by an operator: ${reason}`, FINAL_STATUSES]
    );
    return rows[0];
  }
  /** Which of these sessions were revoked (a replica checks those it runs). */
  async revokedAmong(ids) {
    if (!ids.length) return [];
    return (await this.db.query("SELECT id FROM mg_sessions WHERE id = ANY($1::text[]) AND status = 'revoked'", [ids])).rows.map((r2) => r2.id);
  }
  /** The latest sessions, newest first (`session list`); `open`: only those not ended and not expired. */
  async list(options) {
    return (await this.db.query(
      `SELECT id, connection, plan_digest, verdict, scope, identity, status, message, created_at, expires_at, NULL AS review, NULL AS request, NULL AS results
         FROM mg_sessions WHERE ($1::text IS NULL OR connection = $1) AND (NOT $2 OR (status <> ALL($3::text[]) AND expires_at > now()))
         ORDER BY created_at DESC LIMIT $4`,
      [options.connection ?? null, options.open === true, FINAL_STATUSES, options.limit]
    )).rows;
  }
};

// src/gateway/server/start.ts
import { readFile } from "node:fs/promises";
import { createServer as createServer2 } from "node:http";
import { createServer as createTlsServer } from "node:https";

// src/gateway/server/wire/messages.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// node_modules/pg-gateway/dist/chunk-PGRRI4HM.js
var K = { Query: 81, Parse: 80, Bind: 66, Execute: 69, FunctionCall: 70, Flush: 72, Close: 67, Describe: 68, CopyFromChunk: 100, CopyDone: 99, CopyData: 100, CopyFail: 102, Password: 112, Sync: 83, Terminate: 88 };
var t = { DataRow: 68, ParseComplete: 49, BindComplete: 50, CloseComplete: 51, CommandComplete: 67, ReadyForQuery: 90, NoData: 110, NotificationResponse: 65, AuthenticationResponse: 82, ParameterStatus: 83, BackendKeyData: 75, ErrorMessage: 69, NoticeMessage: 78, RowDescriptionMessage: 84, ParameterDescriptionMessage: 116, PortalSuspended: 115, ReplicationStart: 87, EmptyQuery: 73, CopyIn: 71, CopyOut: 72, CopyDone: 99, CopyData: 100 };
function w(I2, A2, g2 = 0) {
  g2 = Math.max(0, Math.min(g2, A2.byteLength));
  let B = A2.byteLength - g2;
  return I2.byteLength > B && (I2 = I2.subarray(0, B)), A2.set(I2, g2), I2.byteLength;
}
var r = class {
  constructor(A2 = 256) {
    this.size = A2;
    this.buffer = new Uint8Array(A2);
  }
  buffer;
  offset = 5;
  headerPosition = 0;
  encoder = new TextEncoder();
  ensure(A2) {
    if (this.buffer.length - this.offset < A2) {
      let B = this.buffer, i = B.length + (B.length >> 1) + A2;
      this.buffer = new Uint8Array(i), w(B, this.buffer);
    }
  }
  addInt32(A2) {
    return this.ensure(4), this.buffer[this.offset++] = A2 >>> 24 & 255, this.buffer[this.offset++] = A2 >>> 16 & 255, this.buffer[this.offset++] = A2 >>> 8 & 255, this.buffer[this.offset++] = A2 >>> 0 & 255, this;
  }
  addInt16(A2) {
    return this.ensure(2), this.buffer[this.offset++] = A2 >>> 8 & 255, this.buffer[this.offset++] = A2 >>> 0 & 255, this;
  }
  addCString(A2) {
    if (!A2) this.ensure(1);
    else {
      let g2 = this.encoder.encode(A2);
      this.ensure(g2.byteLength + 1), this.buffer.set(g2, this.offset), this.offset += g2.byteLength;
    }
    return this.buffer[this.offset++] = 0, this;
  }
  addString(A2 = "") {
    let g2 = this.encoder.encode(A2);
    return this.ensure(g2.byteLength), this.buffer.set(g2, this.offset), this.offset += g2.byteLength, this;
  }
  add(A2) {
    return this.ensure(A2.byteLength), w(A2, this.buffer, this.offset), this.offset += A2.length, this;
  }
  join(A2) {
    if (A2) {
      this.buffer[this.headerPosition] = A2;
      let g2 = this.offset - (this.headerPosition + 1);
      new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength).setInt32(this.headerPosition + 1, g2);
    }
    return this.buffer.slice(A2 ? 0 : 5, this.offset);
  }
  flush(A2) {
    let g2 = this.join(A2);
    return this.offset = 5, this.headerPosition = 0, this.buffer = new Uint8Array(this.size), g2;
  }
};
var e = class I {
  severity;
  code;
  message;
  detail;
  hint;
  position;
  internalPosition;
  internalQuery;
  where;
  schema;
  table;
  column;
  dataType;
  constraint;
  file;
  line;
  routine;
  constructor(A2) {
    Object.assign(this, A2);
  }
  static create(A2) {
    return new I(A2);
  }
  flush() {
    let A2 = new r();
    return A2.addString("S"), A2.addCString(this.severity), A2.addString("V"), A2.addCString(this.severity), A2.addString("C"), A2.addCString(this.code), A2.addString("M"), A2.addCString(this.message), this.detail !== void 0 && (A2.addString("D"), A2.addCString(this.detail)), this.hint !== void 0 && (A2.addString("H"), A2.addCString(this.hint)), this.position !== void 0 && (A2.addString("P"), A2.addCString(this.position)), this.internalPosition !== void 0 && (A2.addString("p"), A2.addCString(this.internalPosition)), this.internalQuery !== void 0 && (A2.addString("q"), A2.addCString(this.internalQuery)), this.where !== void 0 && (A2.addString("W"), A2.addCString(this.where)), this.schema !== void 0 && (A2.addString("s"), A2.addCString(this.schema)), this.table !== void 0 && (A2.addString("t"), A2.addCString(this.table)), this.column !== void 0 && (A2.addString("c"), A2.addCString(this.column)), this.dataType !== void 0 && (A2.addString("d"), A2.addCString(this.dataType)), this.constraint !== void 0 && (A2.addString("n"), A2.addCString(this.constraint)), this.file !== void 0 && (A2.addString("F"), A2.addCString(this.file)), this.line !== void 0 && (A2.addString("L"), A2.addCString(this.line)), this.routine !== void 0 && (A2.addString("R"), A2.addCString(this.routine)), A2.addCString(""), A2.flush(t.ErrorMessage);
  }
};
var f = /* @__PURE__ */ Symbol("tls-upgrade");
var c = /* @__PURE__ */ Symbol("close");
function QA(I2) {
  let A2 = 0;
  for (let i of I2) A2 += i.length;
  let g2 = new Uint8Array(A2), B = 0;
  for (let i of I2) g2.set(i, B), B += i.length;
  return g2;
}
var a;
var n = new Array(128).fill(void 0);
n.push(void 0, null, true, false);
function F(I2) {
  return n[I2];
}
var H = n.length;
function SA(I2) {
  I2 < 132 || (n[I2] = H, H = I2);
}
function M(I2) {
  let A2 = F(I2);
  return SA(I2), A2;
}
function G(I2) {
  H === n.length && n.push(n.length + 1);
  let A2 = H;
  return H = n[A2], n[A2] = I2, A2;
}
var EA = typeof TextDecoder < "u" ? new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }) : { decode: () => {
  throw Error("TextDecoder not available");
} };
typeof TextDecoder < "u" && EA.decode();
var p = null;
function R() {
  return (p === null || p.byteLength === 0) && (p = new Uint8Array(a.memory.buffer)), p;
}
function CA(I2, A2) {
  return I2 = I2 >>> 0, EA.decode(R().subarray(I2, I2 + A2));
}
var Z = 0;
var oA = typeof TextEncoder < "u" ? new TextEncoder("utf-8") : { encode: () => {
  throw Error("TextEncoder not available");
} };
var UA = function(I2, A2) {
  return oA.encodeInto(I2, A2);
};
function aA(I2, A2, g2) {
  if (g2 === void 0) {
    let E = oA.encode(I2), o = A2(E.length, 1) >>> 0;
    return R().subarray(o, o + E.length).set(E), Z = E.length, o;
  }
  let B = I2.length, i = A2(B, 1) >>> 0, Q = R(), C2 = 0;
  for (; C2 < B; C2++) {
    let E = I2.charCodeAt(C2);
    if (E > 127) break;
    Q[i + C2] = E;
  }
  if (C2 !== B) {
    C2 !== 0 && (I2 = I2.slice(C2)), i = g2(i, B, B = C2 + I2.length * 3, 1) >>> 0;
    let E = R().subarray(i + C2, i + B), o = UA(I2, E);
    C2 += o.written, i = g2(i, B, C2, 1) >>> 0;
  }
  return Z = C2, i;
}
function u(I2) {
  return I2 == null;
}
var q = null;
function D() {
  return (q === null || q.byteLength === 0) && (q = new Int32Array(a.memory.buffer)), q;
}
function eA(I2, A2) {
  return I2 = I2 >>> 0, R().subarray(I2 / 1, I2 / 1 + A2);
}
function fA(I2, A2, g2) {
  try {
    let o = a.__wbindgen_add_to_stack_pointer(-16), S2 = aA(I2, a.__wbindgen_malloc, a.__wbindgen_realloc), h = Z;
    a.digest(o, S2, h, G(A2), !u(g2), u(g2) ? 0 : g2);
    var B = D()[o / 4 + 0], i = D()[o / 4 + 1], Q = D()[o / 4 + 2], C2 = D()[o / 4 + 3];
    if (C2) throw M(Q);
    var E = eA(B, i).slice();
    return a.__wbindgen_free(B, i * 1, 1), E;
  } finally {
    a.__wbindgen_add_to_stack_pointer(16);
  }
}
var pA = typeof FinalizationRegistry > "u" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((I2) => a.__wbg_digestcontext_free(I2 >>> 0));
var _ = class {
  __destroy_into_raw() {
    let A2 = this.__wbg_ptr;
    return this.__wbg_ptr = 0, pA.unregister(this), A2;
  }
  free() {
    let A2 = this.__destroy_into_raw();
    a.__wbg_digestcontext_free(A2);
  }
  constructor(A2) {
    try {
      let Q = a.__wbindgen_add_to_stack_pointer(-16), C2 = aA(A2, a.__wbindgen_malloc, a.__wbindgen_realloc), E = Z;
      a.digestcontext_new(Q, C2, E);
      var g2 = D()[Q / 4 + 0], B = D()[Q / 4 + 1], i = D()[Q / 4 + 2];
      if (i) throw M(B);
      return this.__wbg_ptr = g2 >>> 0, this;
    } finally {
      a.__wbindgen_add_to_stack_pointer(16);
    }
  }
  update(A2) {
    try {
      let i = a.__wbindgen_add_to_stack_pointer(-16);
      a.digestcontext_update(i, this.__wbg_ptr, G(A2));
      var g2 = D()[i / 4 + 0], B = D()[i / 4 + 1];
      if (B) throw M(g2);
    } finally {
      a.__wbindgen_add_to_stack_pointer(16);
    }
  }
  digestAndDrop(A2) {
    try {
      let E = this.__destroy_into_raw(), o = a.__wbindgen_add_to_stack_pointer(-16);
      a.digestcontext_digestAndDrop(o, E, !u(A2), u(A2) ? 0 : A2);
      var g2 = D()[o / 4 + 0], B = D()[o / 4 + 1], i = D()[o / 4 + 2], Q = D()[o / 4 + 3];
      if (Q) throw M(i);
      var C2 = eA(g2, B).slice();
      return a.__wbindgen_free(g2, B * 1, 1), C2;
    } finally {
      a.__wbindgen_add_to_stack_pointer(16);
    }
  }
};
var qA = { __wbindgen_placeholder__: { __wbg_new_5dd86ebc917d9f52: function(I2, A2) {
  let g2 = new TypeError(CA(I2, A2));
  return G(g2);
}, __wbindgen_object_drop_ref: function(I2) {
  M(I2);
}, __wbg_byteLength_58f7b4fab1919d44: function(I2) {
  return F(I2).byteLength;
}, __wbg_byteOffset_81d60f7392524f62: function(I2) {
  return F(I2).byteOffset;
}, __wbg_buffer_dd7f74bc60f1faab: function(I2) {
  let A2 = F(I2).buffer;
  return G(A2);
}, __wbg_newwithbyteoffsetandlength_aa4a17c33a06e5cb: function(I2, A2, g2) {
  let B = new Uint8Array(F(I2), A2 >>> 0, g2 >>> 0);
  return G(B);
}, __wbg_length_c20a40f15020d68a: function(I2) {
  return F(I2).length;
}, __wbindgen_memory: function() {
  let I2 = a.memory;
  return G(I2);
}, __wbg_buffer_12d079cc21e14bdb: function(I2) {
  let A2 = F(I2).buffer;
  return G(A2);
}, __wbg_new_63b92bc8671ed464: function(I2) {
  let A2 = new Uint8Array(F(I2));
  return G(A2);
}, __wbg_set_a47bac70306a19a7: function(I2, A2, g2) {
  F(I2).set(F(A2), g2 >>> 0);
}, __wbindgen_throw: function(I2, A2) {
  throw new Error(CA(I2, A2));
} } };
function z() {
  return HA().exports;
}
var v;
function HA() {
  if (v == null) {
    let I2 = MA();
    a = I2.exports, q = new Int32Array(a.memory.buffer), p = new Uint8Array(a.memory.buffer), v = { instance: I2, exports: { digest: fA, DigestContext: _ } };
  }
  return v;
}
function MA() {
  let I2 = RA("AGFzbQEAAAABpwEYYAAAYAABf2ABfwBgAX8Bf2ACf38AYAJ/fwF/YAN/f38AYAN/f38Bf2AEf39/fwBgBH9/f38Bf2AFf39/f38AYAV/f39/fwF/YAZ/f39/f38AYAZ/f39/f38Bf2AFf39/fn8AYAd/f39+f39/AX9gA39/fgBgBX9/fn9/AGAFf399f38AYAV/f3x/fwBgAn9+AGAEf35/fwBgBH99f38AYAR/fH9/AAKkBQwYX193YmluZGdlbl9wbGFjZWhvbGRlcl9fGl9fd2JnX25ld181ZGQ4NmViYzkxN2Q5ZjUyAAUYX193YmluZGdlbl9wbGFjZWhvbGRlcl9fGl9fd2JpbmRnZW5fb2JqZWN0X2Ryb3BfcmVmAAIYX193YmluZGdlbl9wbGFjZWhvbGRlcl9fIV9fd2JnX2J5dGVMZW5ndGhfNThmN2I0ZmFiMTkxOWQ0NAADGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXyFfX3diZ19ieXRlT2Zmc2V0XzgxZDYwZjczOTI1MjRmNjIAAxhfX3diaW5kZ2VuX3BsYWNlaG9sZGVyX18dX193YmdfYnVmZmVyX2RkN2Y3NGJjNjBmMWZhYWIAAxhfX3diaW5kZ2VuX3BsYWNlaG9sZGVyX18xX193YmdfbmV3d2l0aGJ5dGVvZmZzZXRhbmRsZW5ndGhfYWE0YTE3YzMzYTA2ZTVjYgAHGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXx1fX3diZ19sZW5ndGhfYzIwYTQwZjE1MDIwZDY4YQADGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXxFfX3diaW5kZ2VuX21lbW9yeQABGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXx1fX3diZ19idWZmZXJfMTJkMDc5Y2MyMWUxNGJkYgADGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXxpfX3diZ19uZXdfNjNiOTJiYzg2NzFlZDQ2NAADGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXxpfX3diZ19zZXRfYTQ3YmFjNzAzMDZhMTlhNwAGGF9fd2JpbmRnZW5fcGxhY2Vob2xkZXJfXxBfX3diaW5kZ2VuX3Rocm93AAQDYWAIBgYKBhAEBgYEDgMGBgQPBxQEBAYCBQQJBgYHDQQEBAcFBAcGBAQIBgwEBgcGBAwIBgYGBgUFAgQFBwYGCQAEBAkNCwoLCgoSExEIAgcFBQQGAgUDAAAEBAcHBwACAgIEBQFwARcXBQMBABEGCQF/AUGAgMAACwfUAQoGbWVtb3J5AgAGZGlnZXN0ADUYX193YmdfZGlnZXN0Y29udGV4dF9mcmVlAEMRZGlnZXN0Y29udGV4dF9uZXcAORRkaWdlc3Rjb250ZXh0X3VwZGF0ZQBHG2RpZ2VzdGNvbnRleHRfZGlnZXN0QW5kRHJvcAAzH19fd2JpbmRnZW5fYWRkX3RvX3N0YWNrX3BvaW50ZXIAYBFfX3diaW5kZ2VuX21hbGxvYwBFEl9fd2JpbmRnZW5fcmVhbGxvYwBND19fd2JpbmRnZW5fZnJlZQBdCRwBAEEBCxZaWyJfTztQUU5ZV1JTVFVWakFpQmtcCreXB2C6ggECOX8CfiMAQYACayIEJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAA4fAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHgALIAFByABqIQUgA0GAASABQcgBai0AACIAayIGTQ0eIABFDVMgBSAAaiACIAYQZRogASABKQNAQoABfDcDQCABIAVCABARAkAgAyAGayIDRQ0AIAIgBmohAgxUC0HgkcAAIQNBACEGDFQLIAFByABqIQUCQCADQYABIAFByAFqLQAAIgBrIgZNDQAgAEUNUSAFIABqIAIgBhBlGiABIAEpA0BCgAF8NwNAIAEgBUIAEBECQCADIAZrIgNFDQAgAiAGaiECDFILQeCRwAAhA0EAIQYMUgsgBSAAaiACIAMQZRogASAAIANqOgDIAQxUCyABQcgAaiEFAkAgA0GAASABQcgBai0AACIAayIGTQ0AIABFDU4gBSAAaiACIAYQZRogASABKQNAQoABfDcDQCABIAVCABARAkAgAyAGayIDRQ0AIAIgBmohAgxPC0HgkcAAIQNBACEGDE8LIAUgAGogAiADEGUaIAEgACADajoAyAEMUwsgAUHIAGohBQJAIANBgAEgAUHIAWotAAAiAGsiBk0NACAARQ1LIAUgAGogAiAGEGUaIAEgASkDQEKAAXw3A0AgASAFQgAQEQJAIAMgBmsiA0UNACACIAZqIQIMTAtB4JHAACEDQQAhBgxMCyAFIABqIAIgAxBlGiABIAAgA2o6AMgBDFILIAFByABqIQUCQCADQYABIAFByAFqLQAAIgBrIgZNDQAgAEUNSCAFIABqIAIgBhBlGiABIAEpA0BCgAF8NwNAIAEgBUIAEBECQCADIAZrIgNFDQAgAiAGaiECDEkLQeCRwAAhA0EAIQYMSQsgBSAAaiACIAMQZRogASAAIANqOgDIAQxRCyABQcgAaiEFAkAgA0GAASABQcgBai0AACIAayIGTQ0AIABFDUUgBSAAaiACIAYQZRogASABKQNAQoABfDcDQCABIAVCABARAkAgAyAGayIDRQ0AIAIgBmohAgxGC0HgkcAAIQNBACEGDEYLIAUgAGogAiADEGUaIAEgACADajoAyAEMUAsgAUEoaiEFAkAgA0HAACABQegAai0AACIAayIGTQ0AIABFDUIgBSAAaiACIAYQZRogASABKQMgQsAAfDcDIEEAIQcgASAFQQAQEwJAIAMgBmsiA0UNACACIAZqIQIMQwtB4JHAACEDDEMLIAUgAGogAiADEGUaIAEgACADajoAaAxPCyABQSBqIQggAUGJAWotAABBBnQgAUGIAWotAABqIgBFDT8gCCACQYAIIABrIgAgAyAAIANJGyIGECwhBSADIAZrIgNFDU4gBEG4AWoiCSABQegAaiIAKQMANwMAIARBwAFqIgogAUHwAGoiBykDADcDACAEQcgBaiILIAFB+ABqIgwpAwA3AwAgBEHwAGpBCGoiDSAFQQhqKQMANwMAIARB8ABqQRBqIg4gBUEQaikDADcDACAEQfAAakEYaiIPIAVBGGopAwA3AwAgBEHwAGpBIGoiECAFQSBqKQMANwMAIARB8ABqQShqIhEgBUEoaikDADcDACAEQfAAakEwaiISIAVBMGopAwA3AwAgBEHwAGpBOGoiEyAFQThqKQMANwMAIAQgBSkDADcDcCAEIAFB4ABqIhQpAwA3A7ABIAFBigFqLQAAIRUgAS0AiQEhFiAEIAEtAIgBIhc6ANgBIAQgAUGAAWopAwAiPTcD0AEgBCAVIBZFckECciIVOgDZASAEQRhqIhYgDCkCADcDACAEQRBqIgwgBykCADcDACAEQQhqIgcgACkCADcDACAEIBQpAgA3AwAgBCAEQfAAaiAXID0gFRAWIARBH2otAAAhFCAEQR5qLQAAIRUgBEEdai0AACEXIARBG2otAAAhGCAEQRpqLQAAIRkgBEEZai0AACEaIBYtAAAhFiAEQRdqLQAAIRsgBEEWai0AACEcIARBFWotAAAhHSAEQRNqLQAAIR4gBEESai0AACEfIARBEWotAAAhICAMLQAAIQwgBEEPai0AACEhIARBDmotAAAhIiAEQQ1qLQAAISMgBEELai0AACEkIARBCmotAAAhJSAEQQlqLQAAISYgBy0AACEnIAQtABwhKCAELQAUISkgBC0ADCEqIAQtAAchKyAELQAGISwgBC0ABSEtIAQtAAQhLiAELQADIS8gBC0AAiEwIAQtAAEhMSAELQAAITIgASA9EB0gAUHwDmooAgAiB0E3Tw0YIAEgB0EFdGoiAEGTAWogLzoAACAAQZIBaiAwOgAAIABBkQFqIDE6AAAgAEGQAWogMjoAACAAQa8BaiAUOgAAIABBrgFqIBU6AAAgAEGtAWogFzoAACAAQawBaiAoOgAAIABBqwFqIBg6AAAgAEGqAWogGToAACAAQakBaiAaOgAAIABBqAFqIBY6AAAgAEGnAWogGzoAACAAQaYBaiAcOgAAIABBpQFqIB06AAAgAEGkAWogKToAACAAQaMBaiAeOgAAIABBogFqIB86AAAgAEGhAWogIDoAACAAQaABaiAMOgAAIABBnwFqICE6AAAgAEGeAWogIjoAACAAQZ0BaiAjOgAAIABBnAFqICo6AAAgAEGbAWogJDoAACAAQZoBaiAlOgAAIABBmQFqICY6AAAgAEGYAWogJzoAACAAQZcBaiArOgAAIABBlgFqICw6AAAgAEGVAWogLToAACAAQZQBaiAuOgAAIAEgB0EBajYC8A4gDUIANwMAIA5CADcDACAPQgA3AwAgEEIANwMAIBFCADcDACASQgA3AwAgE0IANwMAIAkgAUEIaikDADcDACAKIAFBEGopAwA3AwAgCyABQRhqKQMANwMAIARCADcDcCAEIAEpAwA3A7ABIAEpA4ABIT0gBSAEQfAAakHgABBlGiABQQA7AYgBIAEgPUIBfDcDgAEgAiAGaiECDD8LIAFB0AFqIQUCQCADQZABIAFB4AJqLQAAIgBrIgZJDQAgAA0ZDD4LIAUgAGogAiADEGUaIAEgACADajoA4AIMTQsgAUHQAWohBQJAIANBiAEgAUHYAmotAAAiAGsiBkkNACAADRkMPAsgBSAAaiACIAMQZRogASAAIANqOgDYAgxMCyABQdABaiEFAkAgA0HoACABQbgCai0AACIAayIGSQ0AIAANGQw6CyAFIABqIAIgAxBlGiABIAAgA2o6ALgCDEsLIAFB0AFqIQUCQCADQcgAIAFBmAJqLQAAIgBrIgZJDQAgAA0ZDDgLIAUgAGogAiADEGUaIAEgACADajoAmAIMSgsgAUEYaiEFAkAgA0HAACABQdgAai0AACIAayIGSQ0AIAANGQw2CyAFIABqIAIgAxBlGiABIAAgA2o6AFgMSQsgBCABNgJwIAFBGGohBQJAIANBwAAgAUHYAGotAAAiAGsiBkkNACAADRkMNAsgBSAAaiACIAMQZRogASAAIANqOgBYDEgLIAFBIGohBgJAIANBwAAgAUHgAGotAAAiAGsiBUkNACAADRkMMgsgBiAAaiACIAMQZRogASAAIANqOgBgDEcLIAFBIGohBQJAIANBwAAgAUHgAGotAAAiAGsiBkkNACAADRkMMAsgBSAAaiACIAMQZRogASAAIANqOgBgDEYLIAFB0AFqIQUCQCADQZABIAFB4AJqLQAAIgBrIgZJDQAgAA0ZDC4LIAUgAGogAiADEGUaIAEgACADajoA4AIMRQsgAUHQAWohBQJAIANBiAEgAUHYAmotAAAiAGsiBkkNACAADRkMLAsgBSAAaiACIAMQZRogASAAIANqOgDYAgxECyABQdABaiEFAkAgA0HoACABQbgCai0AACIAayIGSQ0AIAANGQwqCyAFIABqIAIgAxBlGiABIAAgA2o6ALgCDEMLIAFB0AFqIQUCQCADQcgAIAFBmAJqLQAAIgBrIgZJDQAgAA0ZDCgLIAUgAGogAiADEGUaIAEgACADajoAmAIMQgsgAUEoaiEFAkAgA0HAACABQegAai0AACIAayIGSQ0AIAANGQwmCyAFIABqIAIgAxBlGiABIAAgA2o6AGgMQQsgAUEoaiEFAkAgA0HAACABQegAai0AACIAayIGSQ0AIAANGQwkCyAFIABqIAIgAxBlGiABIAAgA2o6AGgMQAsgAUHQAGohBQJAIANBgAEgAUHQAWotAAAiAGsiBkkNACAADRkMIgsgBSAAaiACIAMQZRogASAAIANqOgDQAQw/CyABQdAAaiEFAkAgA0GAASABQdABai0AACIAayIGSQ0AIAANGQwgCyAFIABqIAIgAxBlGiABIAAgA2o6ANABDD4LIAFB0AFqIQUCQCADQagBIAFB+AJqLQAAIgBrIgZJDQAgAA0ZDB4LIAUgAGogAiADEGUaIAEgACADajoA+AIMPQsgAUHQAWohBQJAIANBiAEgAUHYAmotAAAiAGsiBkkNACAADRkMHAsgBSAAaiACIAMQZRogASAAIANqOgDYAgw8CyABQSBqIQYCQCADQcAAIAFB4ABqLQAAIgBrIgVJDQAgAA0ZDBoLIAYgAGogAiADEGUaIAEgACADajoAYAw7CyADRQ06IAEoAgAhBQJAAkAgA0EHcSIHDQAgAiEADAELIAchBiACIQADQCAFQZODgAhsIAAtAABzIQUgAEEBaiEAIAZBf2oiBg0ACyACIAdqIQALAkAgA0EISQ0AIAIgA2ohAgNAIAVBk4OACGwgAC0AAHNBk4OACGwgAEEBai0AAHNBk4OACGwgAEECai0AAHNBk4OACGwgAEEDai0AAHNBk4OACGwgAEEEai0AAHNBk4OACGwgAEEFai0AAHNBk4OACGwgAEEGai0AAHNBk4OACGwgAEEHai0AAHMhBSAAQQhqIgAgAkcNAAsLIAEgBTYCAAw6CyADRQ05IAEoAgAhBQJAAkAgA0EHcSIHDQAgAiEADAELIAchBiACIQADQCAFIAAtAABzQZODgAhsIQUgAEEBaiEAIAZBf2oiBg0ACyACIAdqIQALAkAgA0EISQ0AIAIgA2ohAgNAIAUgAC0AAHNBk4OACGwgAC0AAXNBk4OACGwgAC0AAnNBk4OACGwgAC0AA3NBk4OACGwgAC0ABHNBk4OACGwgAC0ABXNBk4OACGwgAC0ABnNBk4OACGwgAC0AB3NBk4OACGwhBSAAQQhqIgAgAkcNAAsLIAEgBTYCAAw5CyADRQ04IAEpAwAhPQJAAkAgA0EHcSIGDQAgAiEADAELIAYhBSACIQADQCA9QrODgICAIH4gADEAAIUhPSAAQQFqIQAgBUF/aiIFDQALIAIgBmohAAsCQCADQQhJDQAgAiADaiECA0AgPUKzg4CAgCB+IAAxAACFQrODgICAIH4gAEEBajEAAIVCs4OAgIAgfiAAQQJqMQAAhUKzg4CAgCB+IABBA2oxAACFQrODgICAIH4gAEEEajEAAIVCs4OAgIAgfiAAQQVqMQAAhUKzg4CAgCB+IABBBmoxAACFQrODgICAIH4gAEEHajEAAIUhPSAAQQhqIgAgAkcNAAsLIAEgPTcDAAw4CyADRQ03IAEpAwAhPQJAAkAgA0EHcSIGDQAgAiEADAELIAYhBSACIQADQCA9IAAxAACFQrODgICAIH4hPSAAQQFqIQAgBUF/aiIFDQALIAIgBmohAAsCQCADQQhJDQAgAiADaiECA0AgPSAAMQAAhUKzg4CAgCB+IAAxAAGFQrODgICAIH4gADEAAoVCs4OAgIAgfiAAMQADhUKzg4CAgCB+IAAxAASFQrODgICAIH4gADEABYVCs4OAgIAgfiAAMQAGhUKzg4CAgCB+IAAxAAeFQrODgICAIH4hPSAAQQhqIgAgAkcNAAsLIAEgPTcDAAw3CyAFIABqIAIgAxBlGiABIAAgA2o6AMgBDDYLIARB8ABqQR1qIBc6AAAgBEHwAGpBGWogGjoAACAEQfAAakEVaiAdOgAAIARB8ABqQRFqICA6AAAgBEHwAGpBDWogIzoAACAEQfAAakEJaiAmOgAAIARB9QBqIC06AAAgBEHwAGpBHmogFToAACAEQfAAakEaaiAZOgAAIARB8ABqQRZqIBw6AAAgBEHwAGpBEmogHzoAACAEQfAAakEOaiAiOgAAIARB8ABqQQpqICU6AAAgBEH2AGogLDoAACAEQfAAakEfaiAUOgAAIARB8ABqQRtqIBg6AAAgBEHwAGpBF2ogGzoAACAEQfAAakETaiAeOgAAIARB8ABqQQ9qICE6AAAgBEHwAGpBC2ogJDoAACAEQfcAaiArOgAAIAQgKDoAjAEgBCAWOgCIASAEICk6AIQBIAQgDDoAgAEgBCAqOgB8IAQgJzoAeCAEIC46AHQgBCAyOgBwIAQgMToAcSAEIDA6AHIgBCAvOgBzQbSRwAAgBEHwAGpByIjAAEGgh8AAEDwACyAFIABqIAIgBhBlGiABIAEpAwAgASkA0AGFNwMAIAEgASkDCCABQdgBaikAAIU3AwggASABKQMQIAFB4AFqKQAAhTcDECABIAEpAxggAUHoAWopAACFNwMYIAEgASkDICABQfABaikAAIU3AyAgASABKQMoIAFB+AFqKQAAhTcDKCABIAEpAzAgAUGAAmopAACFNwMwIAEgASkDOCABQYgCaikAAIU3AzggASABKQNAIAFBkAJqKQAAhTcDQCABIAEpA0ggAUGYAmopAACFNwNIIAEgASkDUCABQaACaikAAIU3A1AgASABKQNYIAFBqAJqKQAAhTcDWCABIAEpA2AgAUGwAmopAACFNwNgIAEgASkDaCABQbgCaikAAIU3A2ggASABKQNwIAFBwAJqKQAAhTcDcCABIAEpA3ggAUHIAmopAACFNwN4IAEgASkDgAEgAUHQAmopAACFNwOAASABIAEpA4gBIAFB2AJqKQAAhTcDiAEgASABKALIARAfIAMgBmshAyACIAZqIQIMJAsgBSAAaiACIAYQZRogASABKQMAIAEpANABhTcDACABIAEpAwggAUHYAWopAACFNwMIIAEgASkDECABQeABaikAAIU3AxAgASABKQMYIAFB6AFqKQAAhTcDGCABIAEpAyAgAUHwAWopAACFNwMgIAEgASkDKCABQfgBaikAAIU3AyggASABKQMwIAFBgAJqKQAAhTcDMCABIAEpAzggAUGIAmopAACFNwM4IAEgASkDQCABQZACaikAAIU3A0AgASABKQNIIAFBmAJqKQAAhTcDSCABIAEpA1AgAUGgAmopAACFNwNQIAEgASkDWCABQagCaikAAIU3A1ggASABKQNgIAFBsAJqKQAAhTcDYCABIAEpA2ggAUG4AmopAACFNwNoIAEgASkDcCABQcACaikAAIU3A3AgASABKQN4IAFByAJqKQAAhTcDeCABIAEpA4ABIAFB0AJqKQAAhTcDgAEgASABKALIARAfIAMgBmshAyACIAZqIQIMIgsgBSAAaiACIAYQZRogASABKQMAIAEpANABhTcDACABIAEpAwggAUHYAWopAACFNwMIIAEgASkDECABQeABaikAAIU3AxAgASABKQMYIAFB6AFqKQAAhTcDGCABIAEpAyAgAUHwAWopAACFNwMgIAEgASkDKCABQfgBaikAAIU3AyggASABKQMwIAFBgAJqKQAAhTcDMCABIAEpAzggAUGIAmopAACFNwM4IAEgASkDQCABQZACaikAAIU3A0AgASABKQNIIAFBmAJqKQAAhTcDSCABIAEpA1AgAUGgAmopAACFNwNQIAEgASkDWCABQagCaikAAIU3A1ggASABKQNgIAFBsAJqKQAAhTcDYCABIAEoAsgBEB8gAyAGayEDIAIgBmohAgwgCyAFIABqIAIgBhBlGiABIAEpAwAgASkA0AGFNwMAIAEgASkDCCABQdgBaikAAIU3AwggASABKQMQIAFB4AFqKQAAhTcDECABIAEpAxggAUHoAWopAACFNwMYIAEgASkDICABQfABaikAAIU3AyAgASABKQMoIAFB+AFqKQAAhTcDKCABIAEpAzAgAUGAAmopAACFNwMwIAEgASkDOCABQYgCaikAAIU3AzggASABKQNAIAFBkAJqKQAAhTcDQCABIAEoAsgBEB8gAyAGayEDIAIgBmohAgweCyAFIABqIAIgBhBlGiABIAEpAxBCAXw3AxAgASAFEB4gAyAGayEDIAIgBmohAgwcCyAFIABqIAIgBhBlGiAEQfAAaiAFQQEQGSACIAZqIQIgAyAGayEDDBoLIAYgAGogAiAFEGUaIAEgASkDAEIBfDcDACABQQhqIAYQEiADIAVrIQMgAiAFaiECDBgLIAUgAGogAiAGEGUaIAEgASkDAEIBfDcDACABQQhqIAVBARAUIAIgBmohAiADIAZrIQMMFgsgBSAAaiACIAYQZRogASABKQMAIAEpANABhTcDACABIAEpAwggAUHYAWopAACFNwMIIAEgASkDECABQeABaikAAIU3AxAgASABKQMYIAFB6AFqKQAAhTcDGCABIAEpAyAgAUHwAWopAACFNwMgIAEgASkDKCABQfgBaikAAIU3AyggASABKQMwIAFBgAJqKQAAhTcDMCABIAEpAzggAUGIAmopAACFNwM4IAEgASkDQCABQZACaikAAIU3A0AgASABKQNIIAFBmAJqKQAAhTcDSCABIAEpA1AgAUGgAmopAACFNwNQIAEgASkDWCABQagCaikAAIU3A1ggASABKQNgIAFBsAJqKQAAhTcDYCABIAEpA2ggAUG4AmopAACFNwNoIAEgASkDcCABQcACaikAAIU3A3AgASABKQN4IAFByAJqKQAAhTcDeCABIAEpA4ABIAFB0AJqKQAAhTcDgAEgASABKQOIASABQdgCaikAAIU3A4gBIAEgASgCyAEQHyADIAZrIQMgAiAGaiECDBQLIAUgAGogAiAGEGUaIAEgASkDACABKQDQAYU3AwAgASABKQMIIAFB2AFqKQAAhTcDCCABIAEpAxAgAUHgAWopAACFNwMQIAEgASkDGCABQegBaikAAIU3AxggASABKQMgIAFB8AFqKQAAhTcDICABIAEpAyggAUH4AWopAACFNwMoIAEgASkDMCABQYACaikAAIU3AzAgASABKQM4IAFBiAJqKQAAhTcDOCABIAEpA0AgAUGQAmopAACFNwNAIAEgASkDSCABQZgCaikAAIU3A0ggASABKQNQIAFBoAJqKQAAhTcDUCABIAEpA1ggAUGoAmopAACFNwNYIAEgASkDYCABQbACaikAAIU3A2AgASABKQNoIAFBuAJqKQAAhTcDaCABIAEpA3AgAUHAAmopAACFNwNwIAEgASkDeCABQcgCaikAAIU3A3ggASABKQOAASABQdACaikAAIU3A4ABIAEgASgCyAEQHyADIAZrIQMgAiAGaiECDBILIAUgAGogAiAGEGUaIAEgASkDACABKQDQAYU3AwAgASABKQMIIAFB2AFqKQAAhTcDCCABIAEpAxAgAUHgAWopAACFNwMQIAEgASkDGCABQegBaikAAIU3AxggASABKQMgIAFB8AFqKQAAhTcDICABIAEpAyggAUH4AWopAACFNwMoIAEgASkDMCABQYACaikAAIU3AzAgASABKQM4IAFBiAJqKQAAhTcDOCABIAEpA0AgAUGQAmopAACFNwNAIAEgASkDSCABQZgCaikAAIU3A0ggASABKQNQIAFBoAJqKQAAhTcDUCABIAEpA1ggAUGoAmopAACFNwNYIAEgASkDYCABQbACaikAAIU3A2AgASABKALIARAfIAMgBmshAyACIAZqIQIMEAsgBSAAaiACIAYQZRogASABKQMAIAEpANABhTcDACABIAEpAwggAUHYAWopAACFNwMIIAEgASkDECABQeABaikAAIU3AxAgASABKQMYIAFB6AFqKQAAhTcDGCABIAEpAyAgAUHwAWopAACFNwMgIAEgASkDKCABQfgBaikAAIU3AyggASABKQMwIAFBgAJqKQAAhTcDMCABIAEpAzggAUGIAmopAACFNwM4IAEgASkDQCABQZACaikAAIU3A0AgASABKALIARAfIAMgBmshAyACIAZqIQIMDgsgBSAAaiACIAYQZRogASABKQMgQgF8NwMgIAEgBUEBEA4gAiAGaiECIAMgBmshAwwMCyAFIABqIAIgBhBlGiABIAEpAyBCAXw3AyAgASAFQQEQDiACIAZqIQIgAyAGayEDDAoLIAUgAGogAiAGEGUaIAEgASkDQEIBfCI9NwNAIAFByABqIgAgACkDACA9UK18NwMAIAEgBUEBEA0gAiAGaiECIAMgBmshAwwICyAFIABqIAIgBhBlGiABIAEpA0BCAXwiPTcDQCABQcgAaiIAIAApAwAgPVCtfDcDACABIAVBARANIAIgBmohAiADIAZrIQMMBgsgBSAAaiACIAYQZRogASABKQMAIAEpANABhTcDACABIAEpAwggAUHYAWopAACFNwMIIAEgASkDECABQeABaikAAIU3AxAgASABKQMYIAFB6AFqKQAAhTcDGCABIAEpAyAgAUHwAWopAACFNwMgIAEgASkDKCABQfgBaikAAIU3AyggASABKQMwIAFBgAJqKQAAhTcDMCABIAEpAzggAUGIAmopAACFNwM4IAEgASkDQCABQZACaikAAIU3A0AgASABKQNIIAFBmAJqKQAAhTcDSCABIAEpA1AgAUGgAmopAACFNwNQIAEgASkDWCABQagCaikAAIU3A1ggASABKQNgIAFBsAJqKQAAhTcDYCABIAEpA2ggAUG4AmopAACFNwNoIAEgASkDcCABQcACaikAAIU3A3AgASABKQN4IAFByAJqKQAAhTcDeCABIAEpA4ABIAFB0AJqKQAAhTcDgAEgASABKQOIASABQdgCaikAAIU3A4gBIAEgASkDkAEgAUHgAmopAACFNwOQASABIAEpA5gBIAFB6AJqKQAAhTcDmAEgASABKQOgASABQfACaikAAIU3A6ABIAEgASgCyAEQHyADIAZrIQMgAiAGaiECDAQLIAUgAGogAiAGEGUaIAEgASkDACABKQDQAYU3AwAgASABKQMIIAFB2AFqKQAAhTcDCCABIAEpAxAgAUHgAWopAACFNwMQIAEgASkDGCABQegBaikAAIU3AxggASABKQMgIAFB8AFqKQAAhTcDICABIAEpAyggAUH4AWopAACFNwMoIAEgASkDMCABQYACaikAAIU3AzAgASABKQM4IAFBiAJqKQAAhTcDOCABIAEpA0AgAUGQAmopAACFNwNAIAEgASkDSCABQZgCaikAAIU3A0ggASABKQNQIAFBoAJqKQAAhTcDUCABIAEpA1ggAUGoAmopAACFNwNYIAEgASkDYCABQbACaikAAIU3A2AgASABKQNoIAFBuAJqKQAAhTcDaCABIAEpA3AgAUHAAmopAACFNwNwIAEgASkDeCABQcgCaikAAIU3A3ggASABKQOAASABQdACaikAAIU3A4ABIAEgASgCyAEQHyADIAZrIQMgAiAGaiECDAILIAYgAGogAiAFEGUaIAEgASkDAEIBfDcDACABQQhqIAYQFSADIAVrIQMgAiAFaiECCyADQT9xIQcgAiADQUBxIgBqIQwCQCADQcAASQ0AIAEgASkDACADQQZ2rXw3AwAgAUEIaiEFA0AgBSACEBUgAkHAAGohAiAAQUBqIgANAAsLIAYgDCAHEGUaIAEgBzoAYAwhCyACIANBiAFuQYgBbCIGaiEAIAMgBmshBgJAIANBiAFJDQADQCABIAEpAwAgAikAAIU3AwAgASABKQMIIAIpAAiFNwMIIAEgASkDECACKQAQhTcDECABIAEpAxggAikAGIU3AxggASABKQMgIAIpACCFNwMgIAEgASkDKCACKQAohTcDKCABIAEpAzAgAikAMIU3AzAgASABKQM4IAIpADiFNwM4IAEgASkDQCACKQBAhTcDQCABIAEpA0ggAikASIU3A0ggASABKQNQIAIpAFCFNwNQIAEgASkDWCACKQBYhTcDWCABIAEpA2AgAikAYIU3A2AgASABKQNoIAIpAGiFNwNoIAEgASkDcCACKQBwhTcDcCABIAEpA3ggAikAeIU3A3ggASABKQOAASACKQCAAYU3A4ABIAEgASgCyAEQHyACQYgBaiICIABHDQALCwJAIAZBiQFPDQAgBSAAIAYQZRogASAGOgDYAgwhCyAGQYgBQYCAwAAQPQALIAIgA0GoAW5BqAFsIgZqIQAgAyAGayEGAkAgA0GoAUkNAANAIAEgASkDACACKQAAhTcDACABIAEpAwggAikACIU3AwggASABKQMQIAIpABCFNwMQIAEgASkDGCACKQAYhTcDGCABIAEpAyAgAikAIIU3AyAgASABKQMoIAIpACiFNwMoIAEgASkDMCACKQAwhTcDMCABIAEpAzggAikAOIU3AzggASABKQNAIAIpAECFNwNAIAEgASkDSCACKQBIhTcDSCABIAEpA1AgAikAUIU3A1AgASABKQNYIAIpAFiFNwNYIAEgASkDYCACKQBghTcDYCABIAEpA2ggAikAaIU3A2ggASABKQNwIAIpAHCFNwNwIAEgASkDeCACKQB4hTcDeCABIAEpA4ABIAIpAIABhTcDgAEgASABKQOIASACKQCIAYU3A4gBIAEgASkDkAEgAikAkAGFNwOQASABIAEpA5gBIAIpAJgBhTcDmAEgASABKQOgASACKQCgAYU3A6ABIAEgASgCyAEQHyACQagBaiICIABHDQALCwJAIAZBqQFPDQAgBSAAIAYQZRogASAGOgD4AgwgCyAGQagBQYCAwAAQPQALIANB/wBxIQAgAiADQYB/cWohBgJAIANBgAFJDQAgASABKQNAIj0gA0EHdiIDrXwiPjcDQCABQcgAaiIHIAcpAwAgPiA9VK18NwMAIAEgAiADEA0LIAUgBiAAEGUaIAEgADoA0AEMHgsgA0H/AHEhACACIANBgH9xaiEGAkAgA0GAAUkNACABIAEpA0AiPSADQQd2IgOtfCI+NwNAIAFByABqIgcgBykDACA+ID1UrXw3AwAgASACIAMQDQsgBSAGIAAQZRogASAAOgDQAQwdCyADQT9xIQAgAiADQUBxaiEGAkAgA0HAAEkNACABIAEpAyAgA0EGdiIDrXw3AyAgASACIAMQDgsgBSAGIAAQZRogASAAOgBoDBwLIANBP3EhACACIANBQHFqIQYCQCADQcAASQ0AIAEgASkDICADQQZ2IgOtfDcDICABIAIgAxAOCyAFIAYgABBlGiABIAA6AGgMGwsgAiADQcgAbkHIAGwiBmohACADIAZrIQYCQCADQcgASQ0AA0AgASABKQMAIAIpAACFNwMAIAEgASkDCCACKQAIhTcDCCABIAEpAxAgAikAEIU3AxAgASABKQMYIAIpABiFNwMYIAEgASkDICACKQAghTcDICABIAEpAyggAikAKIU3AyggASABKQMwIAIpADCFNwMwIAEgASkDOCACKQA4hTcDOCABIAEpA0AgAikAQIU3A0AgASABKALIARAfIAJByABqIgIgAEcNAAsLAkAgBkHJAE8NACAFIAAgBhBlGiABIAY6AJgCDBsLIAZByABBgIDAABA9AAsgAiADQegAbkHoAGwiBmohACADIAZrIQYCQCADQegASQ0AA0AgASABKQMAIAIpAACFNwMAIAEgASkDCCACKQAIhTcDCCABIAEpAxAgAikAEIU3AxAgASABKQMYIAIpABiFNwMYIAEgASkDICACKQAghTcDICABIAEpAyggAikAKIU3AyggASABKQMwIAIpADCFNwMwIAEgASkDOCACKQA4hTcDOCABIAEpA0AgAikAQIU3A0AgASABKQNIIAIpAEiFNwNIIAEgASkDUCACKQBQhTcDUCABIAEpA1ggAikAWIU3A1ggASABKQNgIAIpAGCFNwNgIAEgASgCyAEQHyACQegAaiICIABHDQALCwJAIAZB6QBPDQAgBSAAIAYQZRogASAGOgC4AgwaCyAGQegAQYCAwAAQPQALIAIgA0GIAW5BiAFsIgZqIQAgAyAGayEGAkAgA0GIAUkNAANAIAEgASkDACACKQAAhTcDACABIAEpAwggAikACIU3AwggASABKQMQIAIpABCFNwMQIAEgASkDGCACKQAYhTcDGCABIAEpAyAgAikAIIU3AyAgASABKQMoIAIpACiFNwMoIAEgASkDMCACKQAwhTcDMCABIAEpAzggAikAOIU3AzggASABKQNAIAIpAECFNwNAIAEgASkDSCACKQBIhTcDSCABIAEpA1AgAikAUIU3A1AgASABKQNYIAIpAFiFNwNYIAEgASkDYCACKQBghTcDYCABIAEpA2ggAikAaIU3A2ggASABKQNwIAIpAHCFNwNwIAEgASkDeCACKQB4hTcDeCABIAEpA4ABIAIpAIABhTcDgAEgASABKALIARAfIAJBiAFqIgIgAEcNAAsLAkAgBkGJAU8NACAFIAAgBhBlGiABIAY6ANgCDBkLIAZBiAFBgIDAABA9AAsgAiADQZABbkGQAWwiBmohACADIAZrIQYCQCADQZABSQ0AA0AgASABKQMAIAIpAACFNwMAIAEgASkDCCACKQAIhTcDCCABIAEpAxAgAikAEIU3AxAgASABKQMYIAIpABiFNwMYIAEgASkDICACKQAghTcDICABIAEpAyggAikAKIU3AyggASABKQMwIAIpADCFNwMwIAEgASkDOCACKQA4hTcDOCABIAEpA0AgAikAQIU3A0AgASABKQNIIAIpAEiFNwNIIAEgASkDUCACKQBQhTcDUCABIAEpA1ggAikAWIU3A1ggASABKQNgIAIpAGCFNwNgIAEgASkDaCACKQBohTcDaCABIAEpA3AgAikAcIU3A3AgASABKQN4IAIpAHiFNwN4IAEgASkDgAEgAikAgAGFNwOAASABIAEpA4gBIAIpAIgBhTcDiAEgASABKALIARAfIAJBkAFqIgIgAEcNAAsLAkAgBkGRAU8NACAFIAAgBhBlGiABIAY6AOACDBgLIAZBkAFBgIDAABA9AAsgA0E/cSEAIAIgA0FAcWohBgJAIANBwABJDQAgASABKQMAIANBBnYiA618NwMAIAFBCGogAiADEBQLIAUgBiAAEGUaIAEgADoAYAwWCyADQT9xIQcgAiADQUBxIgBqIQwCQCADQcAASQ0AIAEgASkDACADQQZ2rXw3AwAgAUEIaiEFA0AgBSACEBIgAkHAAGohAiAAQUBqIgANAAsLIAYgDCAHEGUaIAEgBzoAYAwVCyADQT9xIQAgAiADQUBxaiEGAkAgA0HAAEkNACAEQfAAaiACIANBBnYQGQsgBSAGIAAQZRogASAAOgBYDBQLIANBP3EhBiACIANBQHEiAGohBwJAIANBwABJDQAgASABKQMQIANBBnatfDcDEANAIAEgAhAeIAJBwABqIQIgAEFAaiIADQALCyAFIAcgBhBlGiABIAY6AFgMEwsgAiADQcgAbkHIAGwiBmohACADIAZrIQYCQCADQcgASQ0AA0AgASABKQMAIAIpAACFNwMAIAEgASkDCCACKQAIhTcDCCABIAEpAxAgAikAEIU3AxAgASABKQMYIAIpABiFNwMYIAEgASkDICACKQAghTcDICABIAEpAyggAikAKIU3AyggASABKQMwIAIpADCFNwMwIAEgASkDOCACKQA4hTcDOCABIAEpA0AgAikAQIU3A0AgASABKALIARAfIAJByABqIgIgAEcNAAsLAkAgBkHJAE8NACAFIAAgBhBlGiABIAY6AJgCDBMLIAZByABBgIDAABA9AAsgAiADQegAbkHoAGwiBmohACADIAZrIQYCQCADQegASQ0AA0AgASABKQMAIAIpAACFNwMAIAEgASkDCCACKQAIhTcDCCABIAEpAxAgAikAEIU3AxAgASABKQMYIAIpABiFNwMYIAEgASkDICACKQAghTcDICABIAEpAyggAikAKIU3AyggASABKQMwIAIpADCFNwMwIAEgASkDOCACKQA4hTcDOCABIAEpA0AgAikAQIU3A0AgASABKQNIIAIpAEiFNwNIIAEgASkDUCACKQBQhTcDUCABIAEpA1ggAikAWIU3A1ggASABKQNgIAIpAGCFNwNgIAEgASgCyAEQHyACQegAaiICIABHDQALCwJAIAZB6QBPDQAgBSAAIAYQZRogASAGOgC4AgwSCyAGQegAQYCAwAAQPQALIAIgA0GIAW5BiAFsIgZqIQAgAyAGayEGAkAgA0GIAUkNAANAIAEgASkDACACKQAAhTcDACABIAEpAwggAikACIU3AwggASABKQMQIAIpABCFNwMQIAEgASkDGCACKQAYhTcDGCABIAEpAyAgAikAIIU3AyAgASABKQMoIAIpACiFNwMoIAEgASkDMCACKQAwhTcDMCABIAEpAzggAikAOIU3AzggASABKQNAIAIpAECFNwNAIAEgASkDSCACKQBIhTcDSCABIAEpA1AgAikAUIU3A1AgASABKQNYIAIpAFiFNwNYIAEgASkDYCACKQBghTcDYCABIAEpA2ggAikAaIU3A2ggASABKQNwIAIpAHCFNwNwIAEgASkDeCACKQB4hTcDeCABIAEpA4ABIAIpAIABhTcDgAEgASABKALIARAfIAJBiAFqIgIgAEcNAAsLAkAgBkGJAU8NACAFIAAgBhBlGiABIAY6ANgCDBELIAZBiAFBgIDAABA9AAsgAiADQZABbkGQAWwiBmohACADIAZrIQYCQCADQZABSQ0AA0AgASABKQMAIAIpAACFNwMAIAEgASkDCCACKQAIhTcDCCABIAEpAxAgAikAEIU3AxAgASABKQMYIAIpABiFNwMYIAEgASkDICACKQAghTcDICABIAEpAyggAikAKIU3AyggASABKQMwIAIpADCFNwMwIAEgASkDOCACKQA4hTcDOCABIAEpA0AgAikAQIU3A0AgASABKQNIIAIpAEiFNwNIIAEgASkDUCACKQBQhTcDUCABIAEpA1ggAikAWIU3A1ggASABKQNgIAIpAGCFNwNgIAEgASkDaCACKQBohTcDaCABIAEpA3AgAikAcIU3A3AgASABKQN4IAIpAHiFNwN4IAEgASkDgAEgAikAgAGFNwOAASABIAEpA4gBIAIpAIgBhTcDiAEgASABKALIARAfIAJBkAFqIgIgAEcNAAsLAkAgBkGRAU8NACAFIAAgBhBlGiABIAY6AOACDBALIAZBkAFBgIDAABA9AAsCQAJAAkACQAJAAkACQAJAAkAgA0GBCEkNACABQZABaiEWIAFBgAFqKQMAIT4gBEHAAGohFSAEQfAAakHAAGohDCAEQSBqIRQgBEHgAWpBH2ohDSAEQeABakEeaiEOIARB4AFqQR1qIQ8gBEHgAWpBG2ohECAEQeABakEaaiERIARB4AFqQRlqIRIgBEHgAWpBF2ohEyAEQeABakEWaiEzIARB4AFqQRVqITQgBEHgAWpBE2ohNSAEQeABakESaiE2IARB4AFqQRFqITcgBEHgAWpBD2ohOCAEQeABakEOaiE5IARB4AFqQQ1qITogBEHgAWpBC2ohOyAEQeABakEJaiE8A0AgPkIKhiE9QX8gA0EBdmd2QQFqIQUDQCAFIgBBAXYhBSA9IABBf2qtg0IAUg0ACyAAQQp2rSE9AkACQCAAQYEISQ0AIAMgAEkNBSABLQCKASEHIARB8ABqQThqIhdCADcDACAEQfAAakEwaiIYQgA3AwAgBEHwAGpBKGoiGUIANwMAIARB8ABqQSBqIhpCADcDACAEQfAAakEYaiIbQgA3AwAgBEHwAGpBEGoiHEIANwMAIARB8ABqQQhqIh1CADcDACAEQgA3A3AgAiAAIAEgPiAHIARB8ABqQcAAEBshBSAEQeABakEYakIANwMAIARB4AFqQRBqQgA3AwAgBEHgAWpBCGpCADcDACAEQgA3A+ABAkAgBUEDSQ0AA0AgBUEFdCIFQcEATw0IIARB8ABqIAUgASAHIARB4AFqQSAQKCIFQQV0IgZBwQBPDQkgBkEhTw0KIARB8ABqIARB4AFqIAYQZRogBUECSw0ACwsgBEE4aiAXKQMANwMAIARBMGogGCkDADcDACAEQShqIBkpAwA3AwAgFCAaKQMANwMAIARBGGoiByAbKQMANwMAIARBEGoiFyAcKQMANwMAIARBCGoiGCAdKQMANwMAIAQgBCkDcDcDACABIAEpA4ABEB0gASgC8A4iBkE3Tw0JIBYgBkEFdGoiBSAEKQMANwAAIAVBGGogBykDADcAACAFQRBqIBcpAwA3AAAgBUEIaiAYKQMANwAAIAEgBkEBajYC8A4gASABKQOAASA9QgGIfBAdIAEoAvAOIgZBN08NCiAWIAZBBXRqIgUgFCkAADcAACAFQRhqIBRBGGopAAA3AAAgBUEQaiAUQRBqKQAANwAAIAVBCGogFEEIaikAADcAACABIAZBAWo2AvAODAELIARB8ABqQQhqQgA3AwAgBEHwAGpBEGpCADcDACAEQfAAakEYakIANwMAIARB8ABqQSBqQgA3AwAgBEHwAGpBKGpCADcDACAEQfAAakEwakIANwMAIARB8ABqQThqQgA3AwAgDCABKQMANwMAIAxBCGoiBiABQQhqKQMANwMAIAxBEGoiByABQRBqKQMANwMAIAxBGGoiFyABQRhqKQMANwMAIARCADcDcCAEQQA7AdgBIAQgPjcD0AEgBCABLQCKAToA2gEgBEHwAGogAiAAECwhBSAVIAwpAwA3AwAgFUEIaiAGKQMANwMAIBVBEGogBykDADcDACAVQRhqIBcpAwA3AwAgBEEIaiAFQQhqKQMANwMAIARBEGogBUEQaikDADcDACAEQRhqIAVBGGopAwA3AwAgFCAFQSBqKQMANwMAIARBKGogBUEoaikDADcDACAEQTBqIAVBMGopAwA3AwAgBEE4aiAFQThqKQMANwMAIAQgBSkDADcDACAELQDaASEFIAQtANkBIRggBCAELQDYASIZOgBoIAQgBCkD0AEiPjcDYCAEIAUgGEVyQQJyIgU6AGkgBEHgAWpBGGoiGCAXKQIANwMAIARB4AFqQRBqIhcgBykCADcDACAEQeABakEIaiIHIAYpAgA3AwAgBCAMKQIANwPgASAEQeABaiAEIBkgPiAFEBYgDS0AACEZIA4tAAAhGiAPLQAAIRsgEC0AACEcIBEtAAAhHSASLQAAIR4gGC0AACEYIBMtAAAhHyAzLQAAISAgNC0AACEhIDUtAAAhIiA2LQAAISMgNy0AACEkIBctAAAhFyA4LQAAISUgOS0AACEmIDotAAAhJyA7LQAAISggBEHgAWpBCmotAAAhKSA8LQAAISogBy0AACEHIAQtAPwBISsgBC0A9AEhLCAELQDsASEtIAQtAOcBIS4gBC0A5gEhLyAELQDlASEwIAQtAOQBITEgBC0A4wEhMiAELQDiASEJIAQtAOEBIQogBC0A4AEhCyABIAEpA4ABEB0gASgC8A4iBkE3Tw0KIBYgBkEFdGoiBSAJOgACIAUgCjoAASAFIAs6AAAgBUEDaiAyOgAAIAUgKzoAHCAFIBg6ABggBSAsOgAUIAUgFzoAECAFIC06AAwgBSAHOgAIIAUgMToABCAFQR9qIBk6AAAgBUEeaiAaOgAAIAVBHWogGzoAACAFQRtqIBw6AAAgBUEaaiAdOgAAIAVBGWogHjoAACAFQRdqIB86AAAgBUEWaiAgOgAAIAVBFWogIToAACAFQRNqICI6AAAgBUESaiAjOgAAIAVBEWogJDoAACAFQQ9qICU6AAAgBUEOaiAmOgAAIAVBDWogJzoAACAFQQtqICg6AAAgBUEKaiApOgAAIAVBCWogKjoAACAFQQdqIC46AAAgBUEGaiAvOgAAIAVBBWogMDoAACABIAZBAWo2AvAOCyABIAEpA4ABID18Ij43A4ABIAMgAEkNAiACIABqIQIgAyAAayIDQYAISw0ACwsgA0UNFiAIIAIgAxAsGiABIAFBgAFqKQMAEB0MFgsgACADQcCHwAAQPgALIAAgA0Gwh8AAED0ACyAFQcAAQdCGwAAQPQALIAZBwABB4IbAABA9AAsgBkEgQfCGwAAQPQALIARB8ABqQRhqIARBGGopAwA3AwAgBEHwAGpBEGogBEEQaikDADcDACAEQfAAakEIaiAEQQhqKQMANwMAIAQgBCkDADcDcEG0kcAAIARB8ABqQciIwABBoIfAABA8AAsgBEHwAGpBGGogFEEYaikAADcDACAEQfAAakEQaiAUQRBqKQAANwMAIARB8ABqQQhqIBRBCGopAAA3AwAgBCAUKQAANwNwQbSRwAAgBEHwAGpByIjAAEGgh8AAEDwACyAEQf0BaiAbOgAAIARB+QFqIB46AAAgBEH1AWogIToAACAEQfEBaiAkOgAAIARB7QFqICc6AAAgBEHpAWogKjoAACAEQeUBaiAwOgAAIARB/gFqIBo6AAAgBEH6AWogHToAACAEQfYBaiAgOgAAIARB8gFqICM6AAAgBEHuAWogJjoAACAEQeoBaiApOgAAIARB5gFqIC86AAAgBEH/AWogGToAACAEQfsBaiAcOgAAIARB9wFqIB86AAAgBEHzAWogIjoAACAEQe8BaiAlOgAAIARB6wFqICg6AAAgBEHnAWogLjoAACAEICs6APwBIAQgGDoA+AEgBCAsOgD0ASAEIBc6APABIAQgLToA7AEgBCAHOgDoASAEIDE6AOQBIAQgCzoA4AEgBCAKOgDhASAEIAk6AOIBIAQgMjoA4wFBtJHAACAEQeABakHIiMAAQaCHwAAQPAALIAIgA0EGdiADQT9xIgZFayIMQQZ0IgBqIQMgBkHAACAGGyEHIAxFDQADQCABIAEpAyBCwAB8NwMgIAEgAkEAEBMgAkHAAGohAiAAQUBqIgANAAsLIAUgAyAHEGUaIAEgBzoAaAwMCyACIANBB3YgA0H/AHEiBkVrIgdBB3QiAGohAyAGQYABIAYbIQYgB0UNAANAIAEgASkDQEKAAXw3A0AgASACQgAQESACQYABaiECIABBgH9qIgANAAsLIAUgAyAGEGUaIAEgBjoAyAEMCgsgAiADQQd2IANB/wBxIgZFayIHQQd0IgBqIQMgBkGAASAGGyEGIAdFDQADQCABIAEpA0BCgAF8NwNAIAEgAkIAEBEgAkGAAWohAiAAQYB/aiIADQALCyAFIAMgBhBlGiABIAY6AMgBDAgLIAIgA0EHdiADQf8AcSIGRWsiB0EHdCIAaiEDIAZBgAEgBhshBiAHRQ0AA0AgASABKQNAQoABfDcDQCABIAJCABARIAJBgAFqIQIgAEGAf2oiAA0ACwsgBSADIAYQZRogASAGOgDIAQwGCyACIANBB3YgA0H/AHEiBkVrIgdBB3QiAGohAyAGQYABIAYbIQYgB0UNAANAIAEgASkDQEKAAXw3A0AgASACQgAQESACQYABaiECIABBgH9qIgANAAsLIAUgAyAGEGUaIAEgBjoAyAEMBAsgAiADQQd2IANB/wBxIgZFayIHQQd0IgBqIQMgBkGAASAGGyEGIAdFDQADQCABIAEpA0BCgAF8NwNAIAEgAkIAEBEgAkGAAWohAiAAQYB/aiIADQALCyAFIAMgBhBlGiABIAY6AMgBDAILIAIgA0EHdiADQf8AcSIGRWsiB0EHdCIAaiEDIAZBgAEgBhshBiAHRQ0AA0AgASABKQNAQoABfDcDQCABIAJCABARIAJBgAFqIQIgAEGAf2oiAA0ACwsgBSADIAYQZRogASAGOgDIAQsgBEGAAmokAAuGVwEjfiABIAJBB3RqIQIgACkDACEDIAApAwghBCAAKQMQIQUgACkDGCEGIAApAyAhByAAKQMoIQggACkDMCEJIAApAzghCgNAIANCJIkgA0IeiYUgA0IZiYUgBCAFhSADgyAEIAWDhXwgCiAIIAmFIAeDIAmFfCAHQjKJIAdCLomFIAdCF4mFfCABKQAAIgtCOIYgC0KA/gODQiiGhCALQoCA/AeDQhiGIAtCgICA+A+DQgiGhIQgC0IIiEKAgID4D4MgC0IYiEKAgPwHg4QgC0IoiEKA/gODIAtCOIiEhIQiDHxCotyiuY3zi8XCAHwiDXwiC0IkiSALQh6JhSALQhmJhSALIAMgBIWDIAMgBIOFfCAJIAEpAAgiDkI4hiAOQoD+A4NCKIaEIA5CgID8B4NCGIYgDkKAgID4D4NCCIaEhCAOQgiIQoCAgPgPgyAOQhiIQoCA/AeDhCAOQiiIQoD+A4MgDkI4iISEhCIPfCANIAZ8IhAgByAIhYMgCIV8IBBCMokgEEIuiYUgEEIXiYV8Qs3LvZ+SktGb8QB8IhF8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIAOFgyALIAODhXwgCCABKQAQIg1COIYgDUKA/gODQiiGhCANQoCA/AeDQhiGIA1CgICA+A+DQgiGhIQgDUIIiEKAgID4D4MgDUIYiEKAgPwHg4QgDUIoiEKA/gODIA1COIiEhIQiEnwgESAFfCITIBAgB4WDIAeFfCATQjKJIBNCLomFIBNCF4mFfEKv9rTi/vm+4LV/fCIUfCINQiSJIA1CHomFIA1CGYmFIA0gDiALhYMgDiALg4V8IAcgASkAGCIRQjiGIBFCgP4Dg0IohoQgEUKAgPwHg0IYhiARQoCAgPgPg0IIhoSEIBFCCIhCgICA+A+DIBFCGIhCgID8B4OEIBFCKIhCgP4DgyARQjiIhISEIhV8IBQgBHwiFCATIBCFgyAQhXwgFEIyiSAUQi6JhSAUQheJhXxCvLenjNj09tppfCIWfCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IBAgASkAICIXQjiGIBdCgP4Dg0IohoQgF0KAgPwHg0IYhiAXQoCAgPgPg0IIhoSEIBdCCIhCgICA+A+DIBdCGIhCgID8B4OEIBdCKIhCgP4DgyAXQjiIhISEIhh8IBYgA3wiFyAUIBOFgyAThXwgF0IyiSAXQi6JhSAXQheJhXxCuOqimr/LsKs5fCIZfCIQQiSJIBBCHomFIBBCGYmFIBAgESANhYMgESANg4V8IAEpACgiFkI4hiAWQoD+A4NCKIaEIBZCgID8B4NCGIYgFkKAgID4D4NCCIaEhCAWQgiIQoCAgPgPgyAWQhiIQoCA/AeDhCAWQiiIQoD+A4MgFkI4iISEhCIaIBN8IBkgC3wiEyAXIBSFgyAUhXwgE0IyiSATQi6JhSATQheJhXxCmaCXsJu+xPjZAHwiGXwiC0IkiSALQh6JhSALQhmJhSALIBAgEYWDIBAgEYOFfCABKQAwIhZCOIYgFkKA/gODQiiGhCAWQoCA/AeDQhiGIBZCgICA+A+DQgiGhIQgFkIIiEKAgID4D4MgFkIYiEKAgPwHg4QgFkIoiEKA/gODIBZCOIiEhIQiGyAUfCAZIA58IhQgEyAXhYMgF4V8IBRCMokgFEIuiYUgFEIXiYV8Qpuf5fjK1OCfkn98Ihl8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgASkAOCIWQjiGIBZCgP4Dg0IohoQgFkKAgPwHg0IYhiAWQoCAgPgPg0IIhoSEIBZCCIhCgICA+A+DIBZCGIhCgID8B4OEIBZCKIhCgP4DgyAWQjiIhISEIhwgF3wgGSANfCIXIBQgE4WDIBOFfCAXQjKJIBdCLomFIBdCF4mFfEKYgrbT3dqXjqt/fCIZfCINQiSJIA1CHomFIA1CGYmFIA0gDiALhYMgDiALg4V8IAEpAEAiFkI4hiAWQoD+A4NCKIaEIBZCgID8B4NCGIYgFkKAgID4D4NCCIaEhCAWQgiIQoCAgPgPgyAWQhiIQoCA/AeDhCAWQiiIQoD+A4MgFkI4iISEhCIdIBN8IBkgEXwiEyAXIBSFgyAUhXwgE0IyiSATQi6JhSATQheJhXxCwoSMmIrT6oNYfCIZfCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IAEpAEgiFkI4hiAWQoD+A4NCKIaEIBZCgID8B4NCGIYgFkKAgID4D4NCCIaEhCAWQgiIQoCAgPgPgyAWQhiIQoCA/AeDhCAWQiiIQoD+A4MgFkI4iISEhCIeIBR8IBkgEHwiFCATIBeFgyAXhXwgFEIyiSAUQi6JhSAUQheJhXxCvt/Bq5Tg1sESfCIZfCIQQiSJIBBCHomFIBBCGYmFIBAgESANhYMgESANg4V8IAEpAFAiFkI4hiAWQoD+A4NCKIaEIBZCgID8B4NCGIYgFkKAgID4D4NCCIaEhCAWQgiIQoCAgPgPgyAWQhiIQoCA/AeDhCAWQiiIQoD+A4MgFkI4iISEhCIfIBd8IBkgC3wiFyAUIBOFgyAThXwgF0IyiSAXQi6JhSAXQheJhXxCjOWS9+S34ZgkfCIZfCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8IAEpAFgiFkI4hiAWQoD+A4NCKIaEIBZCgID8B4NCGIYgFkKAgID4D4NCCIaEhCAWQgiIQoCAgPgPgyAWQhiIQoCA/AeDhCAWQiiIQoD+A4MgFkI4iISEhCIgIBN8IBkgDnwiFiAXIBSFgyAUhXwgFkIyiSAWQi6JhSAWQheJhXxC4un+r724n4bVAHwiGXwiDkIkiSAOQh6JhSAOQhmJhSAOIAsgEIWDIAsgEIOFfCABKQBgIhNCOIYgE0KA/gODQiiGhCATQoCA/AeDQhiGIBNCgICA+A+DQgiGhIQgE0IIiEKAgID4D4MgE0IYiEKAgPwHg4QgE0IoiEKA/gODIBNCOIiEhIQiISAUfCAZIA18IhkgFiAXhYMgF4V8IBlCMokgGUIuiYUgGUIXiYV8Qu+S7pPPrpff8gB8IhR8Ig1CJIkgDUIeiYUgDUIZiYUgDSAOIAuFgyAOIAuDhXwgASkAaCITQjiGIBNCgP4Dg0IohoQgE0KAgPwHg0IYhiATQoCAgPgPg0IIhoSEIBNCCIhCgICA+A+DIBNCGIhCgID8B4OEIBNCKIhCgP4DgyATQjiIhISEIiIgF3wgFCARfCIjIBkgFoWDIBaFfCAjQjKJICNCLomFICNCF4mFfEKxrdrY47+s74B/fCIUfCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IAEpAHAiE0I4hiATQoD+A4NCKIaEIBNCgID8B4NCGIYgE0KAgID4D4NCCIaEhCATQgiIQoCAgPgPgyATQhiIQoCA/AeDhCATQiiIQoD+A4MgE0I4iISEhCITIBZ8IBQgEHwiJCAjIBmFgyAZhXwgJEIyiSAkQi6JhSAkQheJhXxCtaScrvLUge6bf3wiF3wiEEIkiSAQQh6JhSAQQhmJhSAQIBEgDYWDIBEgDYOFfCABKQB4IhRCOIYgFEKA/gODQiiGhCAUQoCA/AeDQhiGIBRCgICA+A+DQgiGhIQgFEIIiEKAgID4D4MgFEIYiEKAgPwHg4QgFEIoiEKA/gODIBRCOIiEhIQiFCAZfCAXIAt8IiUgJCAjhYMgI4V8ICVCMokgJUIuiYUgJUIXiYV8QpTNpPvMrvzNQXwiFnwiC0IkiSALQh6JhSALQhmJhSALIBAgEYWDIBAgEYOFfCAPQj+JIA9COImFIA9CB4iFIAx8IB58IBNCLYkgE0IDiYUgE0IGiIV8IhcgI3wgFiAOfCIMICUgJIWDICSFfCAMQjKJIAxCLomFIAxCF4mFfELSlcX3mbjazWR8Ihl8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgEkI/iSASQjiJhSASQgeIhSAPfCAffCAUQi2JIBRCA4mFIBRCBoiFfCIWICR8IBkgDXwiDyAMICWFgyAlhXwgD0IyiSAPQi6JhSAPQheJhXxC48u8wuPwkd9vfCIjfCINQiSJIA1CHomFIA1CGYmFIA0gDiALhYMgDiALg4V8IBVCP4kgFUI4iYUgFUIHiIUgEnwgIHwgF0ItiSAXQgOJhSAXQgaIhXwiGSAlfCAjIBF8IhIgDyAMhYMgDIV8IBJCMokgEkIuiYUgEkIXiYV8QrWrs9zouOfgD3wiJHwiEUIkiSARQh6JhSARQhmJhSARIA0gDoWDIA0gDoOFfCAYQj+JIBhCOImFIBhCB4iFIBV8ICF8IBZCLYkgFkIDiYUgFkIGiIV8IiMgDHwgJCAQfCIVIBIgD4WDIA+FfCAVQjKJIBVCLomFIBVCF4mFfELluLK9x7mohiR8IiV8IhBCJIkgEEIeiYUgEEIZiYUgECARIA2FgyARIA2DhXwgGkI/iSAaQjiJhSAaQgeIhSAYfCAifCAZQi2JIBlCA4mFIBlCBoiFfCIkIA98ICUgC3wiGCAVIBKFgyAShXwgGEIyiSAYQi6JhSAYQheJhXxC9YSsyfWNy/QtfCIMfCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8IBtCP4kgG0I4iYUgG0IHiIUgGnwgE3wgI0ItiSAjQgOJhSAjQgaIhXwiJSASfCAMIA58IhogGCAVhYMgFYV8IBpCMokgGkIuiYUgGkIXiYV8QoPJm/WmlaG6ygB8Ig98Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgHEI/iSAcQjiJhSAcQgeIhSAbfCAUfCAkQi2JICRCA4mFICRCBoiFfCIMIBV8IA8gDXwiGyAaIBiFgyAYhXwgG0IyiSAbQi6JhSAbQheJhXxC1PeH6su7qtjcAHwiEnwiDUIkiSANQh6JhSANQhmJhSANIA4gC4WDIA4gC4OFfCAdQj+JIB1COImFIB1CB4iFIBx8IBd8ICVCLYkgJUIDiYUgJUIGiIV8Ig8gGHwgEiARfCIcIBsgGoWDIBqFfCAcQjKJIBxCLomFIBxCF4mFfEK1p8WYqJvi/PYAfCIVfCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IB5CP4kgHkI4iYUgHkIHiIUgHXwgFnwgDEItiSAMQgOJhSAMQgaIhXwiEiAafCAVIBB8Ih0gHCAbhYMgG4V8IB1CMokgHUIuiYUgHUIXiYV8Qqu/m/OuqpSfmH98Ihh8IhBCJIkgEEIeiYUgEEIZiYUgECARIA2FgyARIA2DhXwgH0I/iSAfQjiJhSAfQgeIhSAefCAZfCAPQi2JIA9CA4mFIA9CBoiFfCIVIBt8IBggC3wiHiAdIByFgyAchXwgHkIyiSAeQi6JhSAeQheJhXxCkOTQ7dLN8Ziof3wiGnwiC0IkiSALQh6JhSALQhmJhSALIBAgEYWDIBAgEYOFfCAgQj+JICBCOImFICBCB4iFIB98ICN8IBJCLYkgEkIDiYUgEkIGiIV8IhggHHwgGiAOfCIfIB4gHYWDIB2FfCAfQjKJIB9CLomFIB9CF4mFfEK/wuzHifnJgbB/fCIbfCIOQiSJIA5CHomFIA5CGYmFIA4gCyAQhYMgCyAQg4V8ICFCP4kgIUI4iYUgIUIHiIUgIHwgJHwgFUItiSAVQgOJhSAVQgaIhXwiGiAdfCAbIA18Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8QuSdvPf7+N+sv398Ihx8Ig1CJIkgDUIeiYUgDUIZiYUgDSAOIAuFgyAOIAuDhXwgIkI/iSAiQjiJhSAiQgeIhSAhfCAlfCAYQi2JIBhCA4mFIBhCBoiFfCIbIB58IBwgEXwiHiAdIB+FgyAfhXwgHkIyiSAeQi6JhSAeQheJhXxCwp+i7bP+gvBGfCIgfCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IBNCP4kgE0I4iYUgE0IHiIUgInwgDHwgGkItiSAaQgOJhSAaQgaIhXwiHCAffCAgIBB8Ih8gHiAdhYMgHYV8IB9CMokgH0IuiYUgH0IXiYV8QqXOqpj5qOTTVXwiIHwiEEIkiSAQQh6JhSAQQhmJhSAQIBEgDYWDIBEgDYOFfCAUQj+JIBRCOImFIBRCB4iFIBN8IA98IBtCLYkgG0IDiYUgG0IGiIV8IhMgHXwgICALfCIdIB8gHoWDIB6FfCAdQjKJIB1CLomFIB1CF4mFfELvhI6AnuqY5QZ8IiB8IgtCJIkgC0IeiYUgC0IZiYUgCyAQIBGFgyAQIBGDhXwgF0I/iSAXQjiJhSAXQgeIhSAUfCASfCAcQi2JIBxCA4mFIBxCBoiFfCIUIB58ICAgDnwiHiAdIB+FgyAfhXwgHkIyiSAeQi6JhSAeQheJhXxC8Ny50PCsypQUfCIgfCIOQiSJIA5CHomFIA5CGYmFIA4gCyAQhYMgCyAQg4V8IBZCP4kgFkI4iYUgFkIHiIUgF3wgFXwgE0ItiSATQgOJhSATQgaIhXwiFyAffCAgIA18Ih8gHiAdhYMgHYV8IB9CMokgH0IuiYUgH0IXiYV8QvzfyLbU0MLbJ3wiIHwiDUIkiSANQh6JhSANQhmJhSANIA4gC4WDIA4gC4OFfCAZQj+JIBlCOImFIBlCB4iFIBZ8IBh8IBRCLYkgFEIDiYUgFEIGiIV8IhYgHXwgICARfCIdIB8gHoWDIB6FfCAdQjKJIB1CLomFIB1CF4mFfEKmkpvhhafIjS58IiB8IhFCJIkgEUIeiYUgEUIZiYUgESANIA6FgyANIA6DhXwgI0I/iSAjQjiJhSAjQgeIhSAZfCAafCAXQi2JIBdCA4mFIBdCBoiFfCIZIB58ICAgEHwiHiAdIB+FgyAfhXwgHkIyiSAeQi6JhSAeQheJhXxC7dWQ1sW/m5bNAHwiIHwiEEIkiSAQQh6JhSAQQhmJhSAQIBEgDYWDIBEgDYOFfCAkQj+JICRCOImFICRCB4iFICN8IBt8IBZCLYkgFkIDiYUgFkIGiIV8IiMgH3wgICALfCIfIB4gHYWDIB2FfCAfQjKJIB9CLomFIB9CF4mFfELf59bsuaKDnNMAfCIgfCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8ICVCP4kgJUI4iYUgJUIHiIUgJHwgHHwgGUItiSAZQgOJhSAZQgaIhXwiJCAdfCAgIA58Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8Qt7Hvd3I6pyF5QB8IiB8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgDEI/iSAMQjiJhSAMQgeIhSAlfCATfCAjQi2JICNCA4mFICNCBoiFfCIlIB58ICAgDXwiHiAdIB+FgyAfhXwgHkIyiSAeQi6JhSAeQheJhXxCqOXe47PXgrX2AHwiIHwiDUIkiSANQh6JhSANQhmJhSANIA4gC4WDIA4gC4OFfCAPQj+JIA9COImFIA9CB4iFIAx8IBR8ICRCLYkgJEIDiYUgJEIGiIV8IgwgH3wgICARfCIfIB4gHYWDIB2FfCAfQjKJIB9CLomFIB9CF4mFfELm3ba/5KWy4YF/fCIgfCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IBJCP4kgEkI4iYUgEkIHiIUgD3wgF3wgJUItiSAlQgOJhSAlQgaIhXwiDyAdfCAgIBB8Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8QrvqiKTRkIu5kn98IiB8IhBCJIkgEEIeiYUgEEIZiYUgECARIA2FgyARIA2DhXwgFUI/iSAVQjiJhSAVQgeIhSASfCAWfCAMQi2JIAxCA4mFIAxCBoiFfCISIB58ICAgC3wiHiAdIB+FgyAfhXwgHkIyiSAeQi6JhSAeQheJhXxC5IbE55SU+t+if3wiIHwiC0IkiSALQh6JhSALQhmJhSALIBAgEYWDIBAgEYOFfCAYQj+JIBhCOImFIBhCB4iFIBV8IBl8IA9CLYkgD0IDiYUgD0IGiIV8IhUgH3wgICAOfCIfIB4gHYWDIB2FfCAfQjKJIB9CLomFIB9CF4mFfEKB4Ijiu8mZjah/fCIgfCIOQiSJIA5CHomFIA5CGYmFIA4gCyAQhYMgCyAQg4V8IBpCP4kgGkI4iYUgGkIHiIUgGHwgI3wgEkItiSASQgOJhSASQgaIhXwiGCAdfCAgIA18Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8QpGv4oeN7uKlQnwiIHwiDUIkiSANQh6JhSANQhmJhSANIA4gC4WDIA4gC4OFfCAbQj+JIBtCOImFIBtCB4iFIBp8ICR8IBVCLYkgFUIDiYUgFUIGiIV8IhogHnwgICARfCIeIB0gH4WDIB+FfCAeQjKJIB5CLomFIB5CF4mFfEKw/NKysLSUtkd8IiB8IhFCJIkgEUIeiYUgEUIZiYUgESANIA6FgyANIA6DhXwgHEI/iSAcQjiJhSAcQgeIhSAbfCAlfCAYQi2JIBhCA4mFIBhCBoiFfCIbIB98ICAgEHwiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxCmKS9t52DuslRfCIgfCIQQiSJIBBCHomFIBBCGYmFIBAgESANhYMgESANg4V8IBNCP4kgE0I4iYUgE0IHiIUgHHwgDHwgGkItiSAaQgOJhSAaQgaIhXwiHCAdfCAgIAt8Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8QpDSlqvFxMHMVnwiIHwiC0IkiSALQh6JhSALQhmJhSALIBAgEYWDIBAgEYOFfCAUQj+JIBRCOImFIBRCB4iFIBN8IA98IBtCLYkgG0IDiYUgG0IGiIV8IhMgHnwgICAOfCIeIB0gH4WDIB+FfCAeQjKJIB5CLomFIB5CF4mFfEKqwMS71bCNh3R8IiB8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgF0I/iSAXQjiJhSAXQgeIhSAUfCASfCAcQi2JIBxCA4mFIBxCBoiFfCIUIB98ICAgDXwiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxCuKPvlYOOqLUQfCIgfCINQiSJIA1CHomFIA1CGYmFIA0gDiALhYMgDiALg4V8IBZCP4kgFkI4iYUgFkIHiIUgF3wgFXwgE0ItiSATQgOJhSATQgaIhXwiFyAdfCAgIBF8Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8Qsihy8brorDSGXwiIHwiEUIkiSARQh6JhSARQhmJhSARIA0gDoWDIA0gDoOFfCAZQj+JIBlCOImFIBlCB4iFIBZ8IBh8IBRCLYkgFEIDiYUgFEIGiIV8IhYgHnwgICAQfCIeIB0gH4WDIB+FfCAeQjKJIB5CLomFIB5CF4mFfELT1oaKhYHbmx58IiB8IhBCJIkgEEIeiYUgEEIZiYUgECARIA2FgyARIA2DhXwgI0I/iSAjQjiJhSAjQgeIhSAZfCAafCAXQi2JIBdCA4mFIBdCBoiFfCIZIB98ICAgC3wiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxCmde7/M3pnaQnfCIgfCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8ICRCP4kgJEI4iYUgJEIHiIUgI3wgG3wgFkItiSAWQgOJhSAWQgaIhXwiIyAdfCAgIA58Ih0gHyAehYMgHoV8IB1CMokgHUIuiYUgHUIXiYV8QqiR7Yzelq/YNHwiIHwiDkIkiSAOQh6JhSAOQhmJhSAOIAsgEIWDIAsgEIOFfCAlQj+JICVCOImFICVCB4iFICR8IBx8IBlCLYkgGUIDiYUgGUIGiIV8IiQgHnwgICANfCIeIB0gH4WDIB+FfCAeQjKJIB5CLomFIB5CF4mFfELjtKWuvJaDjjl8IiB8Ig1CJIkgDUIeiYUgDUIZiYUgDSAOIAuFgyAOIAuDhXwgDEI/iSAMQjiJhSAMQgeIhSAlfCATfCAjQi2JICNCA4mFICNCBoiFfCIlIB98ICAgEXwiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxCy5WGmq7JquzOAHwiIHwiEUIkiSARQh6JhSARQhmJhSARIA0gDoWDIA0gDoOFfCAPQj+JIA9COImFIA9CB4iFIAx8IBR8ICRCLYkgJEIDiYUgJEIGiIV8IgwgHXwgICAQfCIdIB8gHoWDIB6FfCAdQjKJIB1CLomFIB1CF4mFfELzxo+798myztsAfCIgfCIQQiSJIBBCHomFIBBCGYmFIBAgESANhYMgESANg4V8IBJCP4kgEkI4iYUgEkIHiIUgD3wgF3wgJUItiSAlQgOJhSAlQgaIhXwiDyAefCAgIAt8Ih4gHSAfhYMgH4V8IB5CMokgHkIuiYUgHkIXiYV8QqPxyrW9/puX6AB8IiB8IgtCJIkgC0IeiYUgC0IZiYUgCyAQIBGFgyAQIBGDhXwgFUI/iSAVQjiJhSAVQgeIhSASfCAWfCAMQi2JIAxCA4mFIAxCBoiFfCISIB98ICAgDnwiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxC/OW+7+Xd4Mf0AHwiIHwiDkIkiSAOQh6JhSAOQhmJhSAOIAsgEIWDIAsgEIOFfCAYQj+JIBhCOImFIBhCB4iFIBV8IBl8IA9CLYkgD0IDiYUgD0IGiIV8IhUgHXwgICANfCIdIB8gHoWDIB6FfCAdQjKJIB1CLomFIB1CF4mFfELg3tyY9O3Y0vgAfCIgfCINQiSJIA1CHomFIA1CGYmFIA0gDiALhYMgDiALg4V8IBpCP4kgGkI4iYUgGkIHiIUgGHwgI3wgEkItiSASQgOJhSASQgaIhXwiGCAefCAgIBF8Ih4gHSAfhYMgH4V8IB5CMokgHkIuiYUgHkIXiYV8QvLWwo/Kgp7khH98IiB8IhFCJIkgEUIeiYUgEUIZiYUgESANIA6FgyANIA6DhXwgG0I/iSAbQjiJhSAbQgeIhSAafCAkfCAVQi2JIBVCA4mFIBVCBoiFfCIaIB98ICAgEHwiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxC7POQ04HBwOOMf3wiIHwiEEIkiSAQQh6JhSAQQhmJhSAQIBEgDYWDIBEgDYOFfCAcQj+JIBxCOImFIBxCB4iFIBt8ICV8IBhCLYkgGEIDiYUgGEIGiIV8IhsgHXwgICALfCIdIB8gHoWDIB6FfCAdQjKJIB1CLomFIB1CF4mFfEKovIybov+/35B/fCIgfCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8IBNCP4kgE0I4iYUgE0IHiIUgHHwgDHwgGkItiSAaQgOJhSAaQgaIhXwiHCAefCAgIA58Ih4gHSAfhYMgH4V8IB5CMokgHkIuiYUgHkIXiYV8Qun7ivS9nZuopH98IiB8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgFEI/iSAUQjiJhSAUQgeIhSATfCAPfCAbQi2JIBtCA4mFIBtCBoiFfCITIB98ICAgDXwiHyAeIB2FgyAdhXwgH0IyiSAfQi6JhSAfQheJhXxClfKZlvv+6Py+f3wiIHwiDUIkiSANQh6JhSANQhmJhSANIA4gC4WDIA4gC4OFfCAXQj+JIBdCOImFIBdCB4iFIBR8IBJ8IBxCLYkgHEIDiYUgHEIGiIV8IhQgHXwgICARfCIdIB8gHoWDIB6FfCAdQjKJIB1CLomFIB1CF4mFfEKrpsmbrp7euEZ8IiB8IhFCJIkgEUIeiYUgEUIZiYUgESANIA6FgyANIA6DhXwgFkI/iSAWQjiJhSAWQgeIhSAXfCAVfCATQi2JIBNCA4mFIBNCBoiFfCIXIB58ICAgEHwiHiAdIB+FgyAfhXwgHkIyiSAeQi6JhSAeQheJhXxCnMOZ0e7Zz5NKfCIhfCIQQiSJIBBCHomFIBBCGYmFIBAgESANhYMgESANg4V8IBlCP4kgGUI4iYUgGUIHiIUgFnwgGHwgFEItiSAUQgOJhSAUQgaIhXwiICAffCAhIAt8IhYgHiAdhYMgHYV8IBZCMokgFkIuiYUgFkIXiYV8QoeEg47ymK7DUXwiIXwiC0IkiSALQh6JhSALQhmJhSALIBAgEYWDIBAgEYOFfCAjQj+JICNCOImFICNCB4iFIBl8IBp8IBdCLYkgF0IDiYUgF0IGiIV8Ih8gHXwgISAOfCIZIBYgHoWDIB6FfCAZQjKJIBlCLomFIBlCF4mFfEKe1oPv7Lqf7Wp8IiF8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgJEI/iSAkQjiJhSAkQgeIhSAjfCAbfCAgQi2JICBCA4mFICBCBoiFfCIdIB58ICEgDXwiIyAZIBaFgyAWhXwgI0IyiSAjQi6JhSAjQheJhXxC+KK78/7v0751fCIefCINQiSJIA1CHomFIA1CGYmFIA0gDiALhYMgDiALg4V8ICVCP4kgJUI4iYUgJUIHiIUgJHwgHHwgH0ItiSAfQgOJhSAfQgaIhXwiJCAWfCAeIBF8IhYgIyAZhYMgGYV8IBZCMokgFkIuiYUgFkIXiYV8Qrrf3ZCn9Zn4BnwiHnwiEUIkiSARQh6JhSARQhmJhSARIA0gDoWDIA0gDoOFfCAMQj+JIAxCOImFIAxCB4iFICV8IBN8IB1CLYkgHUIDiYUgHUIGiIV8IiUgGXwgHiAQfCIZIBYgI4WDICOFfCAZQjKJIBlCLomFIBlCF4mFfEKmsaKW2rjfsQp8Ih58IhBCJIkgEEIeiYUgEEIZiYUgECARIA2FgyARIA2DhXwgD0I/iSAPQjiJhSAPQgeIhSAMfCAUfCAkQi2JICRCA4mFICRCBoiFfCIMICN8IB4gC3wiIyAZIBaFgyAWhXwgI0IyiSAjQi6JhSAjQheJhXxCrpvk98uA5p8RfCIefCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8IBJCP4kgEkI4iYUgEkIHiIUgD3wgF3wgJUItiSAlQgOJhSAlQgaIhXwiDyAWfCAeIA58IhYgIyAZhYMgGYV8IBZCMokgFkIuiYUgFkIXiYV8QpuO8ZjR5sK4G3wiHnwiDkIkiSAOQh6JhSAOQhmJhSAOIAsgEIWDIAsgEIOFfCAVQj+JIBVCOImFIBVCB4iFIBJ8ICB8IAxCLYkgDEIDiYUgDEIGiIV8IhIgGXwgHiANfCIZIBYgI4WDICOFfCAZQjKJIBlCLomFIBlCF4mFfEKE+5GY0v7d7Sh8Ih58Ig1CJIkgDUIeiYUgDUIZiYUgDSAOIAuFgyAOIAuDhXwgGEI/iSAYQjiJhSAYQgeIhSAVfCAffCAPQi2JIA9CA4mFIA9CBoiFfCIVICN8IB4gEXwiIyAZIBaFgyAWhXwgI0IyiSAjQi6JhSAjQheJhXxCk8mchrTvquUyfCIefCIRQiSJIBFCHomFIBFCGYmFIBEgDSAOhYMgDSAOg4V8IBpCP4kgGkI4iYUgGkIHiIUgGHwgHXwgEkItiSASQgOJhSASQgaIhXwiGCAWfCAeIBB8IhYgIyAZhYMgGYV8IBZCMokgFkIuiYUgFkIXiYV8Qrz9pq6hwa/PPHwiHXwiEEIkiSAQQh6JhSAQQhmJhSAQIBEgDYWDIBEgDYOFfCAbQj+JIBtCOImFIBtCB4iFIBp8ICR8IBVCLYkgFUIDiYUgFUIGiIV8IiQgGXwgHSALfCIZIBYgI4WDICOFfCAZQjKJIBlCLomFIBlCF4mFfELMmsDgyfjZjsMAfCIVfCILQiSJIAtCHomFIAtCGYmFIAsgECARhYMgECARg4V8IBxCP4kgHEI4iYUgHEIHiIUgG3wgJXwgGEItiSAYQgOJhSAYQgaIhXwiJSAjfCAVIA58IiMgGSAWhYMgFoV8ICNCMokgI0IuiYUgI0IXiYV8QraF+dnsl/XizAB8IhV8Ig5CJIkgDkIeiYUgDkIZiYUgDiALIBCFgyALIBCDhXwgE0I/iSATQjiJhSATQgeIhSAcfCAMfCAkQi2JICRCA4mFICRCBoiFfCIkIBZ8IBUgDXwiDSAjIBmFgyAZhXwgDUIyiSANQi6JhSANQheJhXxCqvyV48+zyr/ZAHwiDHwiFkIkiSAWQh6JhSAWQhmJhSAWIA4gC4WDIA4gC4OFfCATIBRCP4kgFEI4iYUgFEIHiIV8IA98ICVCLYkgJUIDiYUgJUIGiIV8IBl8IAwgEXwiESANICOFgyAjhXwgEUIyiSARQi6JhSARQheJhXxC7PXb1rP12+XfAHwiGXwiEyAWIA6FgyAWIA6DhSADfCATQiSJIBNCHomFIBNCGYmFfCAUIBdCP4kgF0I4iYUgF0IHiIV8IBJ8ICRCLYkgJEIDiYUgJEIGiIV8ICN8IBkgEHwiECARIA2FgyANhXwgEEIyiSAQQi6JhSAQQheJhXxCl7Cd0sSxhqLsAHwiFHwhAyATIAR8IQQgCyAHfCAUfCEHIBYgBXwhBSAQIAh8IQggDiAGfCEGIBEgCXwhCSANIAp8IQogAUGAAWoiASACRw0ACyAAIAo3AzggACAJNwMwIAAgCDcDKCAAIAc3AyAgACAGNwMYIAAgBTcDECAAIAQ3AwggACADNwMAC80+ASN/IAEgAkEGdGohAyAAKAIcIQQgACgCGCEFIAAoAhQhBiAAKAIQIQcgACgCDCEIIAAoAgghCSAAKAIEIQogACgCACECA0AgCSAKcyACcSAJIApxcyACQR53IAJBE3dzIAJBCndzaiAEIAdBGncgB0EVd3MgB0EHd3NqIAUgBnMgB3EgBXNqIAEoAAAiC0EYdCALQYD+A3FBCHRyIAtBCHZBgP4DcSALQRh2cnIiDGpBmN+olARqIg1qIgtBHncgC0ETd3MgC0EKd3MgCyAKIAJzcSAKIAJxc2ogBSABKAAEIg5BGHQgDkGA/gNxQQh0ciAOQQh2QYD+A3EgDkEYdnJyIg9qIA0gCGoiECAGIAdzcSAGc2ogEEEadyAQQRV3cyAQQQd3c2pBkYndiQdqIhFqIg5BHncgDkETd3MgDkEKd3MgDiALIAJzcSALIAJxc2ogBiABKAAIIg1BGHQgDUGA/gNxQQh0ciANQQh2QYD+A3EgDUEYdnJyIhJqIBEgCWoiEyAQIAdzcSAHc2ogE0EadyATQRV3cyATQQd3c2pBz/eDrntqIhRqIg1BHncgDUETd3MgDUEKd3MgDSAOIAtzcSAOIAtxc2ogByABKAAMIhFBGHQgEUGA/gNxQQh0ciARQQh2QYD+A3EgEUEYdnJyIhVqIBQgCmoiFCATIBBzcSAQc2ogFEEadyAUQRV3cyAUQQd3c2pBpbfXzX5qIhZqIhFBHncgEUETd3MgEUEKd3MgESANIA5zcSANIA5xc2ogECABKAAQIhdBGHQgF0GA/gNxQQh0ciAXQQh2QYD+A3EgF0EYdnJyIhhqIBYgAmoiFyAUIBNzcSATc2ogF0EadyAXQRV3cyAXQQd3c2pB24TbygNqIhlqIhBBHncgEEETd3MgEEEKd3MgECARIA1zcSARIA1xc2ogASgAFCIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIaIBNqIBkgC2oiEyAXIBRzcSAUc2ogE0EadyATQRV3cyATQQd3c2pB8aPEzwVqIhlqIgtBHncgC0ETd3MgC0EKd3MgCyAQIBFzcSAQIBFxc2ogASgAGCIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIbIBRqIBkgDmoiFCATIBdzcSAXc2ogFEEadyAUQRV3cyAUQQd3c2pBpIX+kXlqIhlqIg5BHncgDkETd3MgDkEKd3MgDiALIBBzcSALIBBxc2ogASgAHCIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIcIBdqIBkgDWoiFyAUIBNzcSATc2ogF0EadyAXQRV3cyAXQQd3c2pB1b3x2HpqIhlqIg1BHncgDUETd3MgDUEKd3MgDSAOIAtzcSAOIAtxc2ogASgAICIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIdIBNqIBkgEWoiEyAXIBRzcSAUc2ogE0EadyATQRV3cyATQQd3c2pBmNWewH1qIhlqIhFBHncgEUETd3MgEUEKd3MgESANIA5zcSANIA5xc2ogASgAJCIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIeIBRqIBkgEGoiFCATIBdzcSAXc2ogFEEadyAUQRV3cyAUQQd3c2pBgbaNlAFqIhlqIhBBHncgEEETd3MgEEEKd3MgECARIA1zcSARIA1xc2ogASgAKCIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIfIBdqIBkgC2oiFyAUIBNzcSATc2ogF0EadyAXQRV3cyAXQQd3c2pBvovGoQJqIhlqIgtBHncgC0ETd3MgC0EKd3MgCyAQIBFzcSAQIBFxc2ogASgALCIWQRh0IBZBgP4DcUEIdHIgFkEIdkGA/gNxIBZBGHZyciIgIBNqIBkgDmoiFiAXIBRzcSAUc2ogFkEadyAWQRV3cyAWQQd3c2pBw/uxqAVqIhlqIg5BHncgDkETd3MgDkEKd3MgDiALIBBzcSALIBBxc2ogASgAMCITQRh0IBNBgP4DcUEIdHIgE0EIdkGA/gNxIBNBGHZyciIhIBRqIBkgDWoiGSAWIBdzcSAXc2ogGUEadyAZQRV3cyAZQQd3c2pB9Lr5lQdqIhRqIg1BHncgDUETd3MgDUEKd3MgDSAOIAtzcSAOIAtxc2ogASgANCITQRh0IBNBgP4DcUEIdHIgE0EIdkGA/gNxIBNBGHZyciIiIBdqIBQgEWoiIyAZIBZzcSAWc2ogI0EadyAjQRV3cyAjQQd3c2pB/uP6hnhqIhRqIhFBHncgEUETd3MgEUEKd3MgESANIA5zcSANIA5xc2ogASgAOCITQRh0IBNBgP4DcUEIdHIgE0EIdkGA/gNxIBNBGHZyciITIBZqIBQgEGoiJCAjIBlzcSAZc2ogJEEadyAkQRV3cyAkQQd3c2pBp43w3nlqIhdqIhBBHncgEEETd3MgEEEKd3MgECARIA1zcSARIA1xc2ogASgAPCIUQRh0IBRBgP4DcUEIdHIgFEEIdkGA/gNxIBRBGHZyciIUIBlqIBcgC2oiJSAkICNzcSAjc2ogJUEadyAlQRV3cyAlQQd3c2pB9OLvjHxqIhZqIgtBHncgC0ETd3MgC0EKd3MgCyAQIBFzcSAQIBFxc2ogD0EZdyAPQQ53cyAPQQN2cyAMaiAeaiATQQ93IBNBDXdzIBNBCnZzaiIXICNqIBYgDmoiDCAlICRzcSAkc2ogDEEadyAMQRV3cyAMQQd3c2pBwdPtpH5qIhlqIg5BHncgDkETd3MgDkEKd3MgDiALIBBzcSALIBBxc2ogEkEZdyASQQ53cyASQQN2cyAPaiAfaiAUQQ93IBRBDXdzIBRBCnZzaiIWICRqIBkgDWoiDyAMICVzcSAlc2ogD0EadyAPQRV3cyAPQQd3c2pBho/5/X5qIiNqIg1BHncgDUETd3MgDUEKd3MgDSAOIAtzcSAOIAtxc2ogFUEZdyAVQQ53cyAVQQN2cyASaiAgaiAXQQ93IBdBDXdzIBdBCnZzaiIZICVqICMgEWoiEiAPIAxzcSAMc2ogEkEadyASQRV3cyASQQd3c2pBxruG/gBqIiRqIhFBHncgEUETd3MgEUEKd3MgESANIA5zcSANIA5xc2ogGEEZdyAYQQ53cyAYQQN2cyAVaiAhaiAWQQ93IBZBDXdzIBZBCnZzaiIjIAxqICQgEGoiFSASIA9zcSAPc2ogFUEadyAVQRV3cyAVQQd3c2pBzMOyoAJqIiVqIhBBHncgEEETd3MgEEEKd3MgECARIA1zcSARIA1xc2ogGkEZdyAaQQ53cyAaQQN2cyAYaiAiaiAZQQ93IBlBDXdzIBlBCnZzaiIkIA9qICUgC2oiGCAVIBJzcSASc2ogGEEadyAYQRV3cyAYQQd3c2pB79ik7wJqIgxqIgtBHncgC0ETd3MgC0EKd3MgCyAQIBFzcSAQIBFxc2ogG0EZdyAbQQ53cyAbQQN2cyAaaiATaiAjQQ93ICNBDXdzICNBCnZzaiIlIBJqIAwgDmoiGiAYIBVzcSAVc2ogGkEadyAaQRV3cyAaQQd3c2pBqonS0wRqIg9qIg5BHncgDkETd3MgDkEKd3MgDiALIBBzcSALIBBxc2ogHEEZdyAcQQ53cyAcQQN2cyAbaiAUaiAkQQ93ICRBDXdzICRBCnZzaiIMIBVqIA8gDWoiGyAaIBhzcSAYc2ogG0EadyAbQRV3cyAbQQd3c2pB3NPC5QVqIhJqIg1BHncgDUETd3MgDUEKd3MgDSAOIAtzcSAOIAtxc2ogHUEZdyAdQQ53cyAdQQN2cyAcaiAXaiAlQQ93ICVBDXdzICVBCnZzaiIPIBhqIBIgEWoiHCAbIBpzcSAac2ogHEEadyAcQRV3cyAcQQd3c2pB2pHmtwdqIhVqIhFBHncgEUETd3MgEUEKd3MgESANIA5zcSANIA5xc2ogHkEZdyAeQQ53cyAeQQN2cyAdaiAWaiAMQQ93IAxBDXdzIAxBCnZzaiISIBpqIBUgEGoiHSAcIBtzcSAbc2ogHUEadyAdQRV3cyAdQQd3c2pB0qL5wXlqIhhqIhBBHncgEEETd3MgEEEKd3MgECARIA1zcSARIA1xc2ogH0EZdyAfQQ53cyAfQQN2cyAeaiAZaiAPQQ93IA9BDXdzIA9BCnZzaiIVIBtqIBggC2oiHiAdIBxzcSAcc2ogHkEadyAeQRV3cyAeQQd3c2pB7YzHwXpqIhpqIgtBHncgC0ETd3MgC0EKd3MgCyAQIBFzcSAQIBFxc2ogIEEZdyAgQQ53cyAgQQN2cyAfaiAjaiASQQ93IBJBDXdzIBJBCnZzaiIYIBxqIBogDmoiHyAeIB1zcSAdc2ogH0EadyAfQRV3cyAfQQd3c2pByM+MgHtqIhtqIg5BHncgDkETd3MgDkEKd3MgDiALIBBzcSALIBBxc2ogIUEZdyAhQQ53cyAhQQN2cyAgaiAkaiAVQQ93IBVBDXdzIBVBCnZzaiIaIB1qIBsgDWoiHSAfIB5zcSAec2ogHUEadyAdQRV3cyAdQQd3c2pBx//l+ntqIhxqIg1BHncgDUETd3MgDUEKd3MgDSAOIAtzcSAOIAtxc2ogIkEZdyAiQQ53cyAiQQN2cyAhaiAlaiAYQQ93IBhBDXdzIBhBCnZzaiIbIB5qIBwgEWoiHiAdIB9zcSAfc2ogHkEadyAeQRV3cyAeQQd3c2pB85eAt3xqIiBqIhFBHncgEUETd3MgEUEKd3MgESANIA5zcSANIA5xc2ogE0EZdyATQQ53cyATQQN2cyAiaiAMaiAaQQ93IBpBDXdzIBpBCnZzaiIcIB9qICAgEGoiHyAeIB1zcSAdc2ogH0EadyAfQRV3cyAfQQd3c2pBx6KerX1qIiBqIhBBHncgEEETd3MgEEEKd3MgECARIA1zcSARIA1xc2ogFEEZdyAUQQ53cyAUQQN2cyATaiAPaiAbQQ93IBtBDXdzIBtBCnZzaiITIB1qICAgC2oiHSAfIB5zcSAec2ogHUEadyAdQRV3cyAdQQd3c2pB0capNmoiIGoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiAXQRl3IBdBDndzIBdBA3ZzIBRqIBJqIBxBD3cgHEENd3MgHEEKdnNqIhQgHmogICAOaiIeIB0gH3NxIB9zaiAeQRp3IB5BFXdzIB5BB3dzakHn0qShAWoiIGoiDkEedyAOQRN3cyAOQQp3cyAOIAsgEHNxIAsgEHFzaiAWQRl3IBZBDndzIBZBA3ZzIBdqIBVqIBNBD3cgE0ENd3MgE0EKdnNqIhcgH2ogICANaiIfIB4gHXNxIB1zaiAfQRp3IB9BFXdzIB9BB3dzakGFldy9AmoiIGoiDUEedyANQRN3cyANQQp3cyANIA4gC3NxIA4gC3FzaiAZQRl3IBlBDndzIBlBA3ZzIBZqIBhqIBRBD3cgFEENd3MgFEEKdnNqIhYgHWogICARaiIdIB8gHnNxIB5zaiAdQRp3IB1BFXdzIB1BB3dzakG4wuzwAmoiIGoiEUEedyARQRN3cyARQQp3cyARIA0gDnNxIA0gDnFzaiAjQRl3ICNBDndzICNBA3ZzIBlqIBpqIBdBD3cgF0ENd3MgF0EKdnNqIhkgHmogICAQaiIeIB0gH3NxIB9zaiAeQRp3IB5BFXdzIB5BB3dzakH827HpBGoiIGoiEEEedyAQQRN3cyAQQQp3cyAQIBEgDXNxIBEgDXFzaiAkQRl3ICRBDndzICRBA3ZzICNqIBtqIBZBD3cgFkENd3MgFkEKdnNqIiMgH2ogICALaiIfIB4gHXNxIB1zaiAfQRp3IB9BFXdzIB9BB3dzakGTmuCZBWoiIGoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiAlQRl3ICVBDndzICVBA3ZzICRqIBxqIBlBD3cgGUENd3MgGUEKdnNqIiQgHWogICAOaiIdIB8gHnNxIB5zaiAdQRp3IB1BFXdzIB1BB3dzakHU5qmoBmoiIGoiDkEedyAOQRN3cyAOQQp3cyAOIAsgEHNxIAsgEHFzaiAMQRl3IAxBDndzIAxBA3ZzICVqIBNqICNBD3cgI0ENd3MgI0EKdnNqIiUgHmogICANaiIeIB0gH3NxIB9zaiAeQRp3IB5BFXdzIB5BB3dzakG7laizB2oiIGoiDUEedyANQRN3cyANQQp3cyANIA4gC3NxIA4gC3FzaiAPQRl3IA9BDndzIA9BA3ZzIAxqIBRqICRBD3cgJEENd3MgJEEKdnNqIgwgH2ogICARaiIfIB4gHXNxIB1zaiAfQRp3IB9BFXdzIB9BB3dzakGukouOeGoiIGoiEUEedyARQRN3cyARQQp3cyARIA0gDnNxIA0gDnFzaiASQRl3IBJBDndzIBJBA3ZzIA9qIBdqICVBD3cgJUENd3MgJUEKdnNqIg8gHWogICAQaiIdIB8gHnNxIB5zaiAdQRp3IB1BFXdzIB1BB3dzakGF2ciTeWoiIGoiEEEedyAQQRN3cyAQQQp3cyAQIBEgDXNxIBEgDXFzaiAVQRl3IBVBDndzIBVBA3ZzIBJqIBZqIAxBD3cgDEENd3MgDEEKdnNqIhIgHmogICALaiIeIB0gH3NxIB9zaiAeQRp3IB5BFXdzIB5BB3dzakGh0f+VemoiIGoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiAYQRl3IBhBDndzIBhBA3ZzIBVqIBlqIA9BD3cgD0ENd3MgD0EKdnNqIhUgH2ogICAOaiIfIB4gHXNxIB1zaiAfQRp3IB9BFXdzIB9BB3dzakHLzOnAemoiIGoiDkEedyAOQRN3cyAOQQp3cyAOIAsgEHNxIAsgEHFzaiAaQRl3IBpBDndzIBpBA3ZzIBhqICNqIBJBD3cgEkENd3MgEkEKdnNqIhggHWogICANaiIdIB8gHnNxIB5zaiAdQRp3IB1BFXdzIB1BB3dzakHwlq6SfGoiIGoiDUEedyANQRN3cyANQQp3cyANIA4gC3NxIA4gC3FzaiAbQRl3IBtBDndzIBtBA3ZzIBpqICRqIBVBD3cgFUENd3MgFUEKdnNqIhogHmogICARaiIeIB0gH3NxIB9zaiAeQRp3IB5BFXdzIB5BB3dzakGjo7G7fGoiIGoiEUEedyARQRN3cyARQQp3cyARIA0gDnNxIA0gDnFzaiAcQRl3IBxBDndzIBxBA3ZzIBtqICVqIBhBD3cgGEENd3MgGEEKdnNqIhsgH2ogICAQaiIfIB4gHXNxIB1zaiAfQRp3IB9BFXdzIB9BB3dzakGZ0MuMfWoiIGoiEEEedyAQQRN3cyAQQQp3cyAQIBEgDXNxIBEgDXFzaiATQRl3IBNBDndzIBNBA3ZzIBxqIAxqIBpBD3cgGkENd3MgGkEKdnNqIhwgHWogICALaiIdIB8gHnNxIB5zaiAdQRp3IB1BFXdzIB1BB3dzakGkjOS0fWoiIGoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiAUQRl3IBRBDndzIBRBA3ZzIBNqIA9qIBtBD3cgG0ENd3MgG0EKdnNqIhMgHmogICAOaiIeIB0gH3NxIB9zaiAeQRp3IB5BFXdzIB5BB3dzakGF67igf2oiIGoiDkEedyAOQRN3cyAOQQp3cyAOIAsgEHNxIAsgEHFzaiAXQRl3IBdBDndzIBdBA3ZzIBRqIBJqIBxBD3cgHEENd3MgHEEKdnNqIhQgH2ogICANaiIfIB4gHXNxIB1zaiAfQRp3IB9BFXdzIB9BB3dzakHwwKqDAWoiIGoiDUEedyANQRN3cyANQQp3cyANIA4gC3NxIA4gC3FzaiAWQRl3IBZBDndzIBZBA3ZzIBdqIBVqIBNBD3cgE0ENd3MgE0EKdnNqIhcgHWogICARaiIdIB8gHnNxIB5zaiAdQRp3IB1BFXdzIB1BB3dzakGWgpPNAWoiIWoiEUEedyARQRN3cyARQQp3cyARIA0gDnNxIA0gDnFzaiAZQRl3IBlBDndzIBlBA3ZzIBZqIBhqIBRBD3cgFEENd3MgFEEKdnNqIiAgHmogISAQaiIWIB0gH3NxIB9zaiAWQRp3IBZBFXdzIBZBB3dzakGI2N3xAWoiIWoiEEEedyAQQRN3cyAQQQp3cyAQIBEgDXNxIBEgDXFzaiAjQRl3ICNBDndzICNBA3ZzIBlqIBpqIBdBD3cgF0ENd3MgF0EKdnNqIh4gH2ogISALaiIZIBYgHXNxIB1zaiAZQRp3IBlBFXdzIBlBB3dzakHM7qG6AmoiIWoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiAkQRl3ICRBDndzICRBA3ZzICNqIBtqICBBD3cgIEENd3MgIEEKdnNqIh8gHWogISAOaiIjIBkgFnNxIBZzaiAjQRp3ICNBFXdzICNBB3dzakG1+cKlA2oiHWoiDkEedyAOQRN3cyAOQQp3cyAOIAsgEHNxIAsgEHFzaiAlQRl3ICVBDndzICVBA3ZzICRqIBxqIB5BD3cgHkENd3MgHkEKdnNqIiQgFmogHSANaiIWICMgGXNxIBlzaiAWQRp3IBZBFXdzIBZBB3dzakGzmfDIA2oiHWoiDUEedyANQRN3cyANQQp3cyANIA4gC3NxIA4gC3FzaiAMQRl3IAxBDndzIAxBA3ZzICVqIBNqIB9BD3cgH0ENd3MgH0EKdnNqIiUgGWogHSARaiIZIBYgI3NxICNzaiAZQRp3IBlBFXdzIBlBB3dzakHK1OL2BGoiHWoiEUEedyARQRN3cyARQQp3cyARIA0gDnNxIA0gDnFzaiAPQRl3IA9BDndzIA9BA3ZzIAxqIBRqICRBD3cgJEENd3MgJEEKdnNqIgwgI2ogHSAQaiIjIBkgFnNxIBZzaiAjQRp3ICNBFXdzICNBB3dzakHPlPPcBWoiHWoiEEEedyAQQRN3cyAQQQp3cyAQIBEgDXNxIBEgDXFzaiASQRl3IBJBDndzIBJBA3ZzIA9qIBdqICVBD3cgJUENd3MgJUEKdnNqIg8gFmogHSALaiIWICMgGXNxIBlzaiAWQRp3IBZBFXdzIBZBB3dzakHz37nBBmoiHWoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiAVQRl3IBVBDndzIBVBA3ZzIBJqICBqIAxBD3cgDEENd3MgDEEKdnNqIhIgGWogHSAOaiIZIBYgI3NxICNzaiAZQRp3IBlBFXdzIBlBB3dzakHuhb6kB2oiHWoiDkEedyAOQRN3cyAOQQp3cyAOIAsgEHNxIAsgEHFzaiAYQRl3IBhBDndzIBhBA3ZzIBVqIB5qIA9BD3cgD0ENd3MgD0EKdnNqIhUgI2ogHSANaiIjIBkgFnNxIBZzaiAjQRp3ICNBFXdzICNBB3dzakHvxpXFB2oiHWoiDUEedyANQRN3cyANQQp3cyANIA4gC3NxIA4gC3FzaiAaQRl3IBpBDndzIBpBA3ZzIBhqIB9qIBJBD3cgEkENd3MgEkEKdnNqIhggFmogHSARaiIWICMgGXNxIBlzaiAWQRp3IBZBFXdzIBZBB3dzakGU8KGmeGoiHWoiEUEedyARQRN3cyARQQp3cyARIA0gDnNxIA0gDnFzaiAbQRl3IBtBDndzIBtBA3ZzIBpqICRqIBVBD3cgFUENd3MgFUEKdnNqIiQgGWogHSAQaiIZIBYgI3NxICNzaiAZQRp3IBlBFXdzIBlBB3dzakGIhJzmeGoiFWoiEEEedyAQQRN3cyAQQQp3cyAQIBEgDXNxIBEgDXFzaiAcQRl3IBxBDndzIBxBA3ZzIBtqICVqIBhBD3cgGEENd3MgGEEKdnNqIiUgI2ogFSALaiIjIBkgFnNxIBZzaiAjQRp3ICNBFXdzICNBB3dzakH6//uFeWoiFWoiC0EedyALQRN3cyALQQp3cyALIBAgEXNxIBAgEXFzaiATQRl3IBNBDndzIBNBA3ZzIBxqIAxqICRBD3cgJEENd3MgJEEKdnNqIiQgFmogFSAOaiIOICMgGXNxIBlzaiAOQRp3IA5BFXdzIA5BB3dzakHr2cGiemoiDGoiFkEedyAWQRN3cyAWQQp3cyAWIAsgEHNxIAsgEHFzaiATIBRBGXcgFEEOd3MgFEEDdnNqIA9qICVBD3cgJUENd3MgJUEKdnNqIBlqIAwgDWoiDSAOICNzcSAjc2ogDUEadyANQRV3cyANQQd3c2pB98fm93tqIhlqIhMgFiALc3EgFiALcXMgAmogE0EedyATQRN3cyATQQp3c2ogFCAXQRl3IBdBDndzIBdBA3ZzaiASaiAkQQ93ICRBDXdzICRBCnZzaiAjaiAZIBFqIhEgDSAOc3EgDnNqIBFBGncgEUEVd3MgEUEHd3NqQfLxxbN8aiIUaiECIBMgCmohCiAQIAdqIBRqIQcgFiAJaiEJIBEgBmohBiALIAhqIQggDSAFaiEFIA4gBGohBCABQcAAaiIBIANHDQALIAAgBDYCHCAAIAU2AhggACAGNgIUIAAgBzYCECAAIAg2AgwgACAJNgIIIAAgCjYCBCAAIAI2AgALsE8CCH8IfiMAQeAXayIFJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgA0EBRw0AQSAhAwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAQ4fAAECAxMEExUFEwYHCAgJCQoTCwwNEw4PFRUQERESEgALQcAAIQMMEgtBECEDDBELQRQhAwwQC0EcIQMMDwtBMCEDDA4LQRwhAwwNC0EwIQMMDAtBwAAhAwwLC0EQIQMMCgtBFCEDDAkLQRwhAwwIC0EwIQMMBwtBwAAhAwwGC0EcIQMMBQtBMCEDDAQLQcAAIQMMAwtBGCEDDAILQQQhAwwBC0EIIQMLIAMgBEYNASAAQdSDwAA2AgQgAEEBNgIAIABBCGpBOTYCAAJAAkAgAQ4eAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQsgAkHwDmooAgBFDQAgAkEANgLwDgsgAhAhDCkLQSAhBCABDh8BAgMEAAYAAAkACwwNDg8QEQATFBUAFxgAGx4fICEiAQsgAQ4fAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkdHh8gIQALIAVBwABqIAJB0AEQZRogBSAFKQOAASAFQYgCai0AACIBrXw3A4ABIAVBiAFqIQQCQCABQYABRg0AIAQgAWpBAEGAASABaxBmGgsgBUEAOgCIAiAFQcAAaiAEQn8QESAFQbgPakEIaiIBIAVBwABqQQhqKQMANwMAIAVBuA9qQRBqIgQgBUHAAGpBEGopAwA3AwAgBUG4D2pBGGoiAyAFQcAAakEYaikDADcDACAFQbgPakEgaiIGIAUpA2A3AwAgBUG4D2pBKGoiByAFQcAAakEoaikDADcDACAFQbgPakEwaiIIIAVBwABqQTBqKQMANwMAIAVBuA9qQThqIgkgBUHAAGpBOGopAwA3AwAgBSAFKQNANwO4DyAFQYAVakEQaiAEKQMAIg03AwAgBUGAFWpBGGogAykDACIONwMAIAVBgBVqQSBqIAYpAwAiDzcDACAFQYAVakEoaiAHKQMAIhA3AwAgBUGAFWpBMGogCCkDACIRNwMAIAVB0BZqQQhqIgMgASkDADcDACAFQdAWakEQaiIGIA03AwAgBUHQFmpBGGoiByAONwMAIAVB0BZqQSBqIgggDzcDACAFQdAWakEoaiIKIBA3AwAgBUHQFmpBMGoiCyARNwMAIAVB0BZqQThqIgwgCSkDADcDACAFIAUpA7gPNwPQFkEALQDN1kAaQcAAIQRBwAAQFyIBRQ0jIAEgBSkD0BY3AAAgAUE4aiAMKQMANwAAIAFBMGogCykDADcAACABQShqIAopAwA3AAAgAUEgaiAIKQMANwAAIAFBGGogBykDADcAACABQRBqIAYpAwA3AAAgAUEIaiADKQMANwAADCELIAVBwABqIAJB0AEQZRogBSAFKQOAASAFQYgCai0AACIBrXw3A4ABIAVBiAFqIQQCQCABQYABRg0AIAQgAWpBAEGAASABaxBmGgsgBUEAOgCIAiAFQcAAaiAEQn8QESAFQbgPakEIaiIBIAVBwABqQQhqKQMANwMAQRAhBCAFQbgPakEQaiAFQcAAakEQaikDADcDACAFQbgPakEYaiAFQcAAakEYaikDADcDACAFQdgPaiAFKQNgNwMAIAVBuA9qQShqIAVBwABqQShqKQMANwMAIAVBuA9qQTBqIAVBwABqQTBqKQMANwMAIAVBuA9qQThqIAVBwABqQThqKQMANwMAIAUgBSkDQDcDuA8gBUGAFWpBCGoiAyABKQMANwMAIAUgBSkDuA83A4AVQQAtAM3WQBpBEBAXIgFFDSIgASAFKQOAFTcAACABQQhqIAMpAwA3AAAMIAsgBUHAAGogAkHQARBlGiAFIAUpA4ABIAVBiAJqLQAAIgGtfDcDgAEgBUGIAWohBAJAIAFBgAFGDQAgBCABakEAQYABIAFrEGYaCyAFQQA6AIgCIAVBwABqIARCfxARIAVBuA9qQQhqIgEgBUHAAGpBCGopAwA3AwAgBUG4D2pBEGoiBCAFQcAAakEQaikDADcDACAFQbgPakEYaiAFQcAAakEYaikDADcDACAFQdgPaiAFKQNgNwMAIAVBuA9qQShqIAVBwABqQShqKQMANwMAIAVBuA9qQTBqIAVBwABqQTBqKQMANwMAIAVBuA9qQThqIAVBwABqQThqKQMANwMAIAUgBSkDQDcDuA8gBUGAFWpBCGoiAyABKQMANwMAIAVBgBVqQRBqIgYgBCgCADYCACAFIAUpA7gPNwOAFUEALQDN1kAaQRQhBEEUEBciAUUNISABIAUpA4AVNwAAIAFBEGogBigCADYAACABQQhqIAMpAwA3AAAMHwsgBUHAAGogAkHQARBlGiAFIAUpA4ABIAVBiAJqLQAAIgGtfDcDgAEgBUGIAWohBAJAIAFBgAFGDQAgBCABakEAQYABIAFrEGYaCyAFQQA6AIgCIAVBwABqIARCfxARIAVBuA9qQQhqIgEgBUHAAGpBCGopAwA3AwAgBUG4D2pBEGoiBCAFQcAAakEQaikDADcDACAFQbgPakEYaiIDIAVBwABqQRhqKQMANwMAIAVB2A9qIAUpA2A3AwAgBUG4D2pBKGogBUHAAGpBKGopAwA3AwAgBUG4D2pBMGogBUHAAGpBMGopAwA3AwAgBUG4D2pBOGogBUHAAGpBOGopAwA3AwAgBSAFKQNANwO4DyAFQYAVakEQaiAEKQMAIg03AwAgBUHQFmpBCGoiBiABKQMANwMAIAVB0BZqQRBqIgcgDTcDACAFQdAWakEYaiIIIAMoAgA2AgAgBSAFKQO4DzcD0BZBAC0AzdZAGkEcIQRBHBAXIgFFDSAgASAFKQPQFjcAACABQRhqIAgoAgA2AAAgAUEQaiAHKQMANwAAIAFBCGogBikDADcAAAweCyAFQQhqIAIQKyAFKAIMIQQgBSgCCCEBDB4LIAVBwABqIAJB0AEQZRogBSAFKQOAASAFQYgCai0AACIBrXw3A4ABIAVBiAFqIQQCQCABQYABRg0AIAQgAWpBAEGAASABaxBmGgsgBUEAOgCIAiAFQcAAaiAEQn8QESAFQbgPakEIaiIBIAVBwABqQQhqKQMANwMAIAVBuA9qQRBqIgMgBUHAAGpBEGopAwA3AwAgBUG4D2pBGGoiBiAFQcAAakEYaikDADcDACAFQbgPakEgaiIHIAUpA2A3AwAgBUG4D2pBKGoiCCAFQcAAakEoaikDADcDAEEwIQQgBUG4D2pBMGogBUHAAGpBMGopAwA3AwAgBUG4D2pBOGogBUHAAGpBOGopAwA3AwAgBSAFKQNANwO4DyAFQYAVakEQaiADKQMAIg03AwAgBUGAFWpBGGogBikDACIONwMAIAVBgBVqQSBqIAcpAwAiDzcDACAFQdAWakEIaiIDIAEpAwA3AwAgBUHQFmpBEGoiBiANNwMAIAVB0BZqQRhqIgcgDjcDACAFQdAWakEgaiIJIA83AwAgBUHQFmpBKGoiCiAIKQMANwMAIAUgBSkDuA83A9AWQQAtAM3WQBpBMBAXIgFFDR4gASAFKQPQFjcAACABQShqIAopAwA3AAAgAUEgaiAJKQMANwAAIAFBGGogBykDADcAACABQRBqIAYpAwA3AAAgAUEIaiADKQMANwAADBwLIAVBEGogAhAxIAUoAhQhBCAFKAIQIQEMHAsgBUHAAGogAkH4DhBlGiAFQRhqIAVBwABqIAQQECAFKAIcIQQgBSgCGCEBDBoLIAVBwABqIAJB6AIQZRogBUGQAmogBUGgA2oiAS0AACIEakEAQZABIARrEGYhBCABQQA6AAAgBEEBOgAAIAVBnwNqIgEgAS0AAEGAAXI6AAAgBSAFKQNAIAUpA5AChTcDQCAFIAUpA0ggBUGYAmopAwCFNwNIIAUgBSkDUCAFQaACaikDAIU3A1AgBSAFKQNYIAVBqAJqKQMAhTcDWCAFIAUpA2AgBUGwAmopAwCFNwNgIAUgBSkDaCAFQbgCaikDAIU3A2ggBSAFKQNwIAVBwAJqKQMAhTcDcCAFIAUpA3ggBUHIAmopAwCFNwN4IAUgBSkDgAEgBUHQAmopAwCFNwOAASAFIAUpA4gBIAVB2AJqKQMAhTcDiAEgBSAFKQOQASAFQeACaikDAIU3A5ABIAUgBSkDmAEgBUHoAmopAwCFNwOYASAFIAUpA6ABIAVB8AJqKQMAhTcDoAEgBSAFKQOoASAFQfgCaikDAIU3A6gBIAUgBSkDsAEgBUGAA2opAwCFNwOwASAFIAUpA7gBIAVBiANqKQMAhTcDuAEgBSAFKQPAASAFQZADaikDAIU3A8ABIAUgBSkDyAEgBUGYA2opAwCFNwPIASAFQcAAaiAFKAKIAhAfQQAtAM3WQBogBSkDWCENIAUpA1AhDiAFKQNIIQ8gBSkDQCEQQRwhBEEcEBciAUUNGyABIA0+ABggASAONwAQIAEgDzcACCABIBA3AAAMGQsgBUEgaiACECkgBSgCJCEEIAUoAiAhAQwZCyAFQcAAaiACQcACEGUaIAVBkAJqIAVB+AJqIgEtAAAiBGpBAEHoACAEaxBmIQQgAUEAOgAAIARBAToAACAFQfcCaiIBIAEtAABBgAFyOgAAIAUgBSkDQCAFKQOQAoU3A0AgBSAFKQNIIAVBmAJqKQMAhTcDSCAFIAUpA1AgBUGgAmopAwCFNwNQIAUgBSkDWCAFQagCaikDAIU3A1ggBSAFKQNgIAVBsAJqKQMAhTcDYCAFIAUpA2ggBUG4AmopAwCFNwNoIAUgBSkDcCAFQcACaikDAIU3A3AgBSAFKQN4IAVByAJqKQMAhTcDeCAFIAUpA4ABIAVB0AJqKQMAhTcDgAEgBSAFKQOIASAFQdgCaikDAIU3A4gBIAUgBSkDkAEgBUHgAmopAwCFNwOQASAFIAUpA5gBIAVB6AJqKQMAhTcDmAEgBSAFKQOgASAFQfACaikDAIU3A6ABIAVBwABqIAUoAogCEB9BAC0AzdZAGiAFKQNoIQ0gBSkDYCEOIAUpA1ghDyAFKQNQIRAgBSkDSCERIAUpA0AhEkEwIQRBMBAXIgFFDRkgASANNwAoIAEgDjcAICABIA83ABggASAQNwAQIAEgETcACCABIBI3AAAMFwsgBUHAAGogAkGgAhBlGiAFQZACaiAFQdgCaiIBLQAAIgRqQQBByAAgBGsQZiEEIAFBADoAACAEQQE6AAAgBUHXAmoiASABLQAAQYABcjoAACAFIAUpA0AgBSkDkAKFNwNAIAUgBSkDSCAFQZgCaikDAIU3A0ggBSAFKQNQIAVBoAJqKQMAhTcDUCAFIAUpA1ggBUGoAmopAwCFNwNYIAUgBSkDYCAFQbACaikDAIU3A2AgBSAFKQNoIAVBuAJqKQMAhTcDaCAFIAUpA3AgBUHAAmopAwCFNwNwIAUgBSkDeCAFQcgCaikDAIU3A3ggBSAFKQOAASAFQdACaikDAIU3A4ABIAVBwABqIAUoAogCEB9BAC0AzdZAGiAFKQN4IQ0gBSkDcCEOIAUpA2ghDyAFKQNgIRAgBSkDWCERIAUpA1AhEiAFKQNIIRMgBSkDQCEUQcAAIQRBwAAQFyIBRQ0YIAEgDTcAOCABIA43ADAgASAPNwAoIAEgEDcAICABIBE3ABggASASNwAQIAEgEzcACCABIBQ3AAAMFgsgBUHAAGogAkHgABBlGiAFKQNQIQ0gBSkDQCEOIAUpA0ghDyAFQdgAaiIEIAVBmAFqLQAAIgFqIgNBgAE6AAAgBSAPNwOIFSAFIA43A4AVIA1CCYYhDSABrUIDhiEOAkAgAUE/cyIGRQ0AIANBAWpBACAGEGYaCyAOIA2EIQ0CQAJAIAFBOHNBB0sNACAFQYAVaiAEEB4gBUHoD2pCADcDACAFQeAPakIANwMAIAVB2A9qQgA3AwAgBUHQD2pCADcDACAFQcgPakIANwMAIAVBwA9qQgA3AwAgBUIANwO4DyAFIA03A/APIAVBgBVqIAVBuA9qEB4MAQsgBUGQAWogDTcDACAFQYAVaiAEEB4LQQAtAM3WQBogBSgCjBUhAyAFKAKIFSEGIAUoAoQVIQcgBSgCgBUhCEEQIQRBEBAXIgFFDRcgASADNgAMIAEgBjYACCABIAc2AAQgASAINgAADBULIAVBwABqIAJB4AAQZRogBSkDUCENIAUpA0AhDiAFKQNIIQ8gBUHYAGoiBCAFQZgBai0AACIBaiIDQYABOgAAIAUgDzcDiBUgBSAONwOAFSANQgmGIQ0gAa1CA4YhDgJAIAFBP3MiBkUNACADQQFqQQAgBhBmGgsgDiANhCENAkACQCABQThzQQdLDQAgBUGAFWogBBAaIAVB6A9qQgA3AwAgBUHgD2pCADcDACAFQdgPakIANwMAIAVB0A9qQgA3AwAgBUHID2pCADcDACAFQcAPakIANwMAIAVCADcDuA8gBSANNwPwDyAFQYAVaiAFQbgPahAaDAELIAVBkAFqIA03AwAgBUGAFWogBBAaC0EALQDN1kAaIAUoAowVIQMgBSgCiBUhBiAFKAKEFSEHIAUoAoAVIQhBECEEQRAQFyIBRQ0WIAEgAzYADCABIAY2AAggASAHNgAEIAEgCDYAAAwUCyAFQcAAaiACQegAEGUaIAVBoAFqLQAAIQEgBSkDQCENIAVBgBVqQRBqIAVB2ABqKAIANgIAIAVBiBVqIAVBwABqQRBqKQMANwMAIAEgBUHgAGoiBGoiA0GAAToAACAFIAUpA0g3A4AVIA1CCYYhDSABrUIDhiEOAkAgAUE/cyIGRQ0AIANBAWpBACAGEGYaCyANIA6EIQ0CQAJAIAFBOHNBB0sNACAFQYAVaiAEEBIgBUHoD2pCADcDACAFQeAPakIANwMAIAVB2A9qQgA3AwAgBUHQD2pCADcDACAFQcgPakIANwMAIAVBwA9qQgA3AwAgBUIANwO4DyAFIA03A/APIAVBgBVqIAVBuA9qEBIMAQsgBUGYAWogDTcDACAFQYAVaiAEEBILQQAtAM3WQBogBSgCkBUhAyAFKAKMFSEGIAUoAogVIQcgBSgChBUhCCAFKAKAFSEJQRQhBEEUEBciAUUNFSABIAM2ABAgASAGNgAMIAEgBzYACCABIAg2AAQgASAJNgAADBMLIAVBwABqIAJB6AAQZRogBUGgAWotAAAhASAFKQNAIQ0gBUGAFWpBEGogBUHYAGooAgA2AgAgBUGIFWogBUHAAGpBEGopAwA3AwAgASAFQeAAaiIEaiIDQYABOgAAIAUgBSkDSDcDgBUgDUIBhkKAgID4D4MgDUIPiEKAgPwHg4QgDUIfiEKA/gODIA1CCYYiDUI4iISEIQ4gAa0iD0I7hiANIA9CA4aEIg1CgP4Dg0IohoQgDUKAgPwHg0IYhiANQoCAgPgPg0IIhoSEIQ0CQCABQT9zIgZFDQAgA0EBakEAIAYQZhoLIA0gDoQhDQJAAkAgAUE4c0EHSw0AIAVBgBVqIARBARAUIAVB6A9qQgA3AwAgBUHgD2pCADcDACAFQdgPakIANwMAIAVB0A9qQgA3AwAgBUHID2pCADcDACAFQcAPakIANwMAIAVCADcDuA8gBSANNwPwDyAFQYAVaiAFQbgPakEBEBQMAQsgBUGYAWogDTcDACAFQYAVaiAEQQEQFAtBAC0AzdZAGiAFKAKAFSEDIAUoAoQVIQYgBSgCiBUhByAFKAKMFSEIIAUoApAVIQlBFCEEQRQQFyIBRQ0UIAEgCUEYdCAJQYD+A3FBCHRyIAlBCHZBgP4DcSAJQRh2cnI2ABAgASAIQRh0IAhBgP4DcUEIdHIgCEEIdkGA/gNxIAhBGHZycjYADCABIAdBGHQgB0GA/gNxQQh0ciAHQQh2QYD+A3EgB0EYdnJyNgAIIAEgBkEYdCAGQYD+A3FBCHRyIAZBCHZBgP4DcSAGQRh2cnI2AAQgASADQRh0IANBgP4DcUEIdHIgA0EIdkGA/gNxIANBGHZycjYAAAwSCyAFQcAAaiACQegCEGUaIAVBkAJqIAVBoANqIgEtAAAiBGpBAEGQASAEaxBmIQQgAUEAOgAAIARBBjoAACAFQZ8DaiIBIAEtAABBgAFyOgAAIAUgBSkDQCAFKQOQAoU3A0AgBSAFKQNIIAVBmAJqKQMAhTcDSCAFIAUpA1AgBUGgAmopAwCFNwNQIAUgBSkDWCAFQagCaikDAIU3A1ggBSAFKQNgIAVBsAJqKQMAhTcDYCAFIAUpA2ggBUG4AmopAwCFNwNoIAUgBSkDcCAFQcACaikDAIU3A3AgBSAFKQN4IAVByAJqKQMAhTcDeCAFIAUpA4ABIAVB0AJqKQMAhTcDgAEgBSAFKQOIASAFQdgCaikDAIU3A4gBIAUgBSkDkAEgBUHgAmopAwCFNwOQASAFIAUpA5gBIAVB6AJqKQMAhTcDmAEgBSAFKQOgASAFQfACaikDAIU3A6ABIAUgBSkDqAEgBUH4AmopAwCFNwOoASAFIAUpA7ABIAVBgANqKQMAhTcDsAEgBSAFKQO4ASAFQYgDaikDAIU3A7gBIAUgBSkDwAEgBUGQA2opAwCFNwPAASAFIAUpA8gBIAVBmANqKQMAhTcDyAEgBUHAAGogBSgCiAIQH0EALQDN1kAaIAUpA1ghDSAFKQNQIQ4gBSkDSCEPIAUpA0AhEEEcIQRBHBAXIgFFDRMgASANPgAYIAEgDjcAECABIA83AAggASAQNwAADBELIAVBKGogAhAqIAUoAiwhBCAFKAIoIQEMEQsgBUHAAGogAkHAAhBlGiAFQZACaiAFQfgCaiIBLQAAIgRqQQBB6AAgBGsQZiEEIAFBADoAACAEQQY6AAAgBUH3AmoiASABLQAAQYABcjoAACAFIAUpA0AgBSkDkAKFNwNAIAUgBSkDSCAFQZgCaikDAIU3A0ggBSAFKQNQIAVBoAJqKQMAhTcDUCAFIAUpA1ggBUGoAmopAwCFNwNYIAUgBSkDYCAFQbACaikDAIU3A2AgBSAFKQNoIAVBuAJqKQMAhTcDaCAFIAUpA3AgBUHAAmopAwCFNwNwIAUgBSkDeCAFQcgCaikDAIU3A3ggBSAFKQOAASAFQdACaikDAIU3A4ABIAUgBSkDiAEgBUHYAmopAwCFNwOIASAFIAUpA5ABIAVB4AJqKQMAhTcDkAEgBSAFKQOYASAFQegCaikDAIU3A5gBIAUgBSkDoAEgBUHwAmopAwCFNwOgASAFQcAAaiAFKAKIAhAfQQAtAM3WQBogBSkDaCENIAUpA2AhDiAFKQNYIQ8gBSkDUCEQIAUpA0ghESAFKQNAIRJBMCEEQTAQFyIBRQ0RIAEgDTcAKCABIA43ACAgASAPNwAYIAEgEDcAECABIBE3AAggASASNwAADA8LIAVBwABqIAJBoAIQZRogBUGQAmogBUHYAmoiAS0AACIEakEAQcgAIARrEGYhBCABQQA6AAAgBEEGOgAAIAVB1wJqIgEgAS0AAEGAAXI6AAAgBSAFKQNAIAUpA5AChTcDQCAFIAUpA0ggBUGYAmopAwCFNwNIIAUgBSkDUCAFQaACaikDAIU3A1AgBSAFKQNYIAVBqAJqKQMAhTcDWCAFIAUpA2AgBUGwAmopAwCFNwNgIAUgBSkDaCAFQbgCaikDAIU3A2ggBSAFKQNwIAVBwAJqKQMAhTcDcCAFIAUpA3ggBUHIAmopAwCFNwN4IAUgBSkDgAEgBUHQAmopAwCFNwOAASAFQcAAaiAFKAKIAhAfQQAtAM3WQBogBSkDeCENIAUpA3AhDiAFKQNoIQ8gBSkDYCEQIAUpA1ghESAFKQNQIRIgBSkDSCETIAUpA0AhFEHAACEEQcAAEBciAUUNECABIA03ADggASAONwAwIAEgDzcAKCABIBA3ACAgASARNwAYIAEgEjcAECABIBM3AAggASAUNwAADA4LIAVBwABqIAJB8AAQZRogBUG4D2pBGGoiAUIANwMAIAVBuA9qQRBqIgRCADcDACAFQbgPakEIaiIDQgA3AwAgBUIANwO4DyAFQcAAaiAFQegAaiAFQbgPahAmIAVBgBVqQRhqIgYgASgCADYCACAFQYAVakEQaiIHIAQpAwA3AwAgBUGAFWpBCGoiCCADKQMANwMAIAUgBSkDuA83A4AVQQAtAM3WQBpBHCEEQRwQFyIBRQ0PIAEgBSkDgBU3AAAgAUEYaiAGKAIANgAAIAFBEGogBykDADcAACABQQhqIAgpAwA3AAAMDQsgBUEwaiACEDYgBSgCNCEEIAUoAjAhAQwNCyAFQcAAaiACQdgBEGUaIAVB8A9qQgA3AwBBMCEEIAVBuA9qQTBqQgA3AwAgBUG4D2pBKGoiAUIANwMAIAVBuA9qQSBqIgNCADcDACAFQbgPakEYaiIGQgA3AwAgBUG4D2pBEGoiB0IANwMAIAVBuA9qQQhqIghCADcDACAFQgA3A7gPIAVBwABqIAVBkAFqIAVBuA9qECAgBUGAFWpBKGoiCSABKQMANwMAIAVBgBVqQSBqIgogAykDADcDACAFQYAVakEYaiIDIAYpAwA3AwAgBUGAFWpBEGoiBiAHKQMANwMAIAVBgBVqQQhqIgcgCCkDADcDACAFIAUpA7gPNwOAFUEALQDN1kAaQTAQFyIBRQ0NIAEgBSkDgBU3AAAgAUEoaiAJKQMANwAAIAFBIGogCikDADcAACABQRhqIAMpAwA3AAAgAUEQaiAGKQMANwAAIAFBCGogBykDADcAAAwLCyAFQcAAaiACQdgBEGUaIAVBuA9qQThqIgFCADcDACAFQbgPakEwaiIEQgA3AwAgBUG4D2pBKGoiA0IANwMAIAVBuA9qQSBqIgZCADcDACAFQbgPakEYaiIHQgA3AwAgBUG4D2pBEGoiCEIANwMAIAVBuA9qQQhqIglCADcDACAFQgA3A7gPIAVBwABqIAVBkAFqIAVBuA9qECAgBUGAFWpBOGoiCiABKQMANwMAIAVBgBVqQTBqIgsgBCkDADcDACAFQYAVakEoaiIMIAMpAwA3AwAgBUGAFWpBIGoiAyAGKQMANwMAIAVBgBVqQRhqIgYgBykDADcDACAFQYAVakEQaiIHIAgpAwA3AwAgBUGAFWpBCGoiCCAJKQMANwMAIAUgBSkDuA83A4AVQQAtAM3WQBpBwAAhBEHAABAXIgFFDQwgASAFKQOAFTcAACABQThqIAopAwA3AAAgAUEwaiALKQMANwAAIAFBKGogDCkDADcAACABQSBqIAMpAwA3AAAgAUEYaiAGKQMANwAAIAFBEGogBykDADcAACABQQhqIAgpAwA3AAAMCgsgBUHAAGogAkGAAxBlGiAFQThqIAVBwABqIAQQJSAFKAI8IQQgBSgCOCEBDAkLIAVBuA9qIAJB4AIQZRoCQCAEDQBBASEBQQAhBAwDCyAEQX9KDQEQSgALIAVBuA9qIAJB4AIQZRpBwAAhBAsgBBAXIgFFDQggAUF8ai0AAEEDcUUNACABQQAgBBBmGgsgBUGAFWogBUG4D2pB0AEQZRogBUHQFmogBUG4D2pB0AFqQYkBEGUaIAVB0BZqIAUtANgXIgNqQQBBiAEgA2sQZiEDIAVBADoA2BcgA0EfOgAAIAUgBS0A1xdBgAFyOgDXFyAFIAUpA4AVIAUpA9AWhTcDgBUgBSAFKQOIFSAFKQPYFoU3A4gVIAUgBSkDkBUgBSkD4BaFNwOQFSAFIAUpA5gVIAUpA+gWhTcDmBUgBSAFKQOgFSAFKQPwFoU3A6AVIAUgBSkDqBUgBSkD+BaFNwOoFSAFIAUpA7AVIAUpA4AXhTcDsBUgBSAFKQO4FSAFKQOIF4U3A7gVIAUgBSkDwBUgBSkDkBeFNwPAFSAFIAUpA8gVIAUpA5gXhTcDyBUgBSAFKQPQFSAFKQOgF4U3A9AVIAUgBSkD2BUgBSkDqBeFNwPYFSAFIAUpA+AVIAUpA7AXhTcD4BUgBSAFKQPoFSAFKQO4F4U3A+gVIAUgBSkD8BUgBSkDwBeFNwPwFSAFIAUpA/gVIAUpA8gXhTcD+BUgBSAFKQOAFiAFKQPQF4U3A4AWIAVBgBVqIAUoAsgWEB8gBUHAAGogBUGAFWpByAEQZRogBSgCyBYhAyAFQcAAakHQAWpBAEGJARBmGiAFIAM2AogCIAUgBUHAAGo2AtAWIAQgBEGIAW4iBkGIAWwiA0kNCCAFQdAWaiABIAYQNCAEIANGDQUgBUGAFWpBAEGIARBmGiAFQdAWaiAFQYAVakEBEDQgBCADayIGQYkBTw0JIAEgA2ogBUGAFWogBhBlGgwFCyAFQcAAaiACQegAEGUaIAVB4ABqIgQgBUGgAWotAAAiAWoiA0EBOgAAIAUpA0BCCYYhDSABrUIDhiEOAkAgAUE/cyIGRQ0AIANBAWpBACAGEGYaCyANIA6EIQ0CQAJAIAFBOHNBB0sNACAFQcAAakEIaiIBIAQQFSAFQegPakIANwMAIAVB4A9qQgA3AwAgBUHYD2pCADcDACAFQdAPakIANwMAIAVByA9qQgA3AwAgBUG4D2pBCGpCADcDACAFQgA3A7gPIAUgDTcD8A8gASAFQbgPahAVDAELIAVBmAFqIA03AwAgBUHIAGogBBAVC0EALQDN1kAaIAVB0ABqKQMAIQ1BGCEEIAVBwABqQRhqKQMAIQ4gBSkDSCEPQRgQFyIBRQ0GIAEgDjcAECABIA03AAggASAPNwAADAQLQQAtAM3WQBogAigCACEDQQQhBEEEEBciAUUNBSABIANBGHQgA0GA/gNxQQh0ciADQQh2QYD+A3EgA0EYdnJyNgAADAMLQQAtAM3WQBogAigCACEDQQQhBEEEEBciAUUNBCABIANBGHQgA0GA/gNxQQh0ciADQQh2QYD+A3EgA0EYdnJyNgAADAILQQAtAM3WQBogAikDACENQQghBEEIEBciAUUNAyABIA1COIYgDUKA/gODQiiGhCANQoCA/AeDQhiGIA1CgICA+A+DQgiGhIQgDUIIiEKAgID4D4MgDUIYiEKAgPwHg4QgDUIoiEKA/gODIA1COIiEhIQ3AAAMAQtBAC0AzdZAGiACKQMAIQ1BCCEEQQgQFyIBRQ0CIAEgDUI4hiANQoD+A4NCKIaEIA1CgID8B4NCGIYgDUKAgID4D4NCCIaEhCANQgiIQoCAgPgPgyANQhiIQoCA/AeDhCANQiiIQoD+A4MgDUI4iISEhDcAAAsgAhAhCyAAIAE2AgQgAEEANgIAIABBCGogBDYCAAwDCwALIAVBjBVqQgA3AgAgBUEBNgKEFSAFQYyOwAA2AoAVIAVB4JHAADYCiBUgBUGAFWpB4I3AABBLAAsgBkGIAUHwjcAAED0ACyAFQeAXaiQAC9o1Al9/CH4jAEHQAWsiAyQAAkACQAJAAkACQAJAIAINAEEBIQQMAQsgAkF/TA0BIAIQFyIERQ0CIARBfGotAABBA3FFDQAgBEEAIAIQZhoLAkACQCABQfAOaigCACIFDQAgAUGKAWotAAAgAUGJAWotAABFckECciEGIAFBiAFqLQAAIQcgAUGAAWopAwAhYiABQdwAaigCACEIIAFB2ABqKAIAIQkgAUHUAGooAgAhCiABQdAAaigCACELIAFBzABqKAIAIQwgAUHIAGooAgAhDSABQcQAaigCACEOIAFBwABqKAIAIQ8gAUE8aigCACEQIAFBOGooAgAhESABQTRqKAIAIRIgAUEwaigCACETIAFBLGooAgAhFCABQShqKAIAIRUgAUEkaigCACEWIAFB/ABqKAIAIRcgAUH4AGooAgAhGCABQfQAaigCACEZIAFB8ABqKAIAIRogAUHsAGooAgAhGyABQegAaigCACEcIAFB5ABqKAIAIR0gAUHgAGooAgAhHiABKAIgIR8MAQsgAUGQAWohFwJAAkACQAJAIAFBiQFqLQAAIghBBnRBACABQYgBai0AACINa0cNACAFQX5qIQggBUEBTQ0HIAFBigFqLQAAIQ4gA0EYaiAXIAhBBXRqIgxBGGopAAAiYjcDACADQRBqIAxBEGopAAAiYzcDACADQQhqIAxBCGopAAAiZDcDACADQSBqIAVBBXQgF2pBYGoiDSkAACJlNwMAIANBKGogDUEIaikAACJmNwMAIANBMGogDUEQaikAACJnNwMAIANBOGogDUEYaikAACJoNwMAIAMgDCkAACJpNwMAIANB8ABqQThqIGg3AwAgA0HwAGpBMGogZzcDACADQfAAakEoaiBmNwMAIANB8ABqQSBqIGU3AwAgA0HwAGpBGGogYjcDACADQfAAakEQaiBjNwMAIANB8ABqQQhqIGQ3AwAgAyBpNwNwIANByAFqIAFBGGopAwA3AwAgA0HAAWogAUEQaikDADcDACADQbgBaiABQQhqKQMANwMAIAMgASkDADcDsAEgAyADQfAAakHgABBlIg8gDkEEciIGOgBpQcAAIQ0gD0HAADoAaEIAIWIgD0IANwNgIAhFDQIgBiEODAELIANB8ABqQcgAaiABQegAaikDADcDACADQfAAakHQAGogAUHwAGopAwA3AwAgA0HwAGpB2ABqIAFB+ABqKQMANwMAIANB+ABqIAFBKGopAwA3AwAgA0GAAWogAUEwaikDADcDACADQYgBaiABQThqKQMANwMAIANBkAFqIAFBwABqKQMANwMAIANB8ABqQShqIAFByABqKQMANwMAIANB8ABqQTBqIAFB0ABqKQMANwMAIANB8ABqQThqIAFB2ABqKQMANwMAIAMgASkDIDcDcCADIAFB4ABqKQMANwOwASABQYoBai0AACEMIAFBgAFqKQMAIWIgAyADQfAAakHgABBlIg8gDCAIRXJBAnIiDjoAaSAPIA06AGggDyBiNwNgIAxBBHIhBiAFIQgLAkAgCEF/aiIgIAVPIhsNACADQfAAakEYaiIhIANBwABqIgxBGGoiIikCADcDACADQfAAakEQaiIjIAxBEGoiJCkCADcDACADQfAAakEIaiIlIAxBCGoiJikCADcDACADIAwpAgA3A3AgA0HwAGogAyANIGIgDhAWICUtAAAhDSAjLQAAIQkgIS0AACEQIANB+wBqIhwtAAAhCiADQfoAaiIdLQAAIQsgA0H5AGoiHi0AACERIANB/wBqIictAAAhEiADQf4AaiIoLQAAIRMgA0H9AGoiKS0AACEUIANBgwFqIiotAAAhFSADQYIBaiIrLQAAIRYgA0GBAWoiLC0AACEfIANBhwFqIi0tAAAhByADQYYBaiIuLQAAIS8gA0GFAWoiMC0AACExIANBiwFqIjItAAAhMyADQYoBaiI0LQAAITUgA0GJAWoiNi0AACEZIANBjwFqIjctAAAhGiADQY4BaiI4LQAAITkgAy0AcCEOIAMtAHQhOiADLQB8ITsgAy0AhAEhPCADLQCMASE9IAMtAHMhDyADLQByIT4gAy0AcSE/IAMtAHchQCADLQB2IUEgAy0AdSFCIANBPWoiQyADQY0BaiJELQAAIhg6AAAgA0E+aiJFIDk6AAAgA0E/aiJGIBo6AAAgA0E5aiJHIBk6AAAgA0E6aiJIIDU6AAAgA0E7aiJJIDM6AAAgA0E1aiJKIDE6AAAgA0E2aiJLIC86AAAgA0E3aiJMIAc6AAAgA0ExaiJNIB86AAAgA0EyaiJOIBY6AAAgA0EzaiJPIBU6AAAgA0EtaiJQIBQ6AAAgA0EuaiJRIBM6AAAgA0EvaiJSIBI6AAAgA0EpaiJTIBE6AAAgA0EqaiJUIAs6AAAgA0EraiJVIAo6AAAgA0ElaiJWIEI6AAAgA0EmaiJXIEE6AAAgA0EnaiJYIEA6AAAgA0EhaiJZID86AAAgA0EiaiJaID46AAAgA0EjaiJbIA86AAAgA0EIaiJcIBcgIEEFdGoiF0EIaikDADcDACADQRBqIl0gF0EQaikDADcDACADQRhqIl4gF0EYaikDADcDACAMIAEpAwA3AwAgJiABQQhqIl8pAwA3AwAgJCABQRBqImApAwA3AwAgIiABQRhqImEpAwA3AwAgA0HAADoAaCADID06ADwgAyAQOgA4IAMgPDoANCADIAk6ADAgAyA7OgAsIAMgDToAKCADIDo6ACQgAyAOOgAgIAMgBjoAaSADQgA3A2AgAyAXKQMANwMAAkACQCAgRQ0AQQIgCGshFyAIQQV0IAFqQdAAaiEIA0AgGw0CICEgIikCADcDACAjICQpAgA3AwAgJSAmKQIANwMAIAMgDCkCADcDcCADQfAAaiADQcAAQgAgBhAWICUtAAAhDSAjLQAAIQkgIS0AACEQIBwtAAAhCiAdLQAAIQsgHi0AACERICctAAAhEiAoLQAAIRMgKS0AACEUICotAAAhFSArLQAAIRYgLC0AACEfIC0tAAAhByAuLQAAIS8gMC0AACExIDItAAAhMyA0LQAAITUgNi0AACEZIDctAAAhGiA4LQAAITkgAy0AcCEOIAMtAHQhOiADLQB8ITsgAy0AhAEhPCADLQCMASE9IAMtAHMhDyADLQByIT4gAy0AcSE/IAMtAHchQCADLQB2IUEgAy0AdSFCIEMgRC0AACIYOgAAIEUgOToAACBGIBo6AAAgRyAZOgAAIEggNToAACBJIDM6AAAgSiAxOgAAIEsgLzoAACBMIAc6AAAgTSAfOgAAIE4gFjoAACBPIBU6AAAgUCAUOgAAIFEgEzoAACBSIBI6AAAgUyAROgAAIFQgCzoAACBVIAo6AAAgViBCOgAAIFcgQToAACBYIEA6AAAgWSA/OgAAIFogPjoAACBbIA86AAAgXCAIQQhqKQMANwMAIF0gCEEQaikDADcDACBeIAhBGGopAwA3AwAgDCABKQMANwMAICYgXykDADcDACAkIGApAwA3AwAgIiBhKQMANwMAIANBwAA6AGggAyA9OgA8IAMgEDoAOCADIDw6ADQgAyAJOgAwIAMgOzoALCADIA06ACggAyA6OgAkIAMgDjoAICADIAY6AGkgA0IANwNgIAMgCCkDADcDACAIQWBqIQggF0EBaiIXQQFHDQALCyAOQf8BcSA/QQh0ckH//wNxIA9BGHQgPkH/AXFBEHRyciEPIDpB/wFxIEJBCHRyQf//A3EgQEEYdCBBQf8BcUEQdHJyIQ4gDUH/AXEgEUEIdHJB//8DcSAKQRh0IAtB/wFxQRB0cnIhDSA7Qf8BcSAUQQh0ckH//wNxIBJBGHQgE0H/AXFBEHRyciEMIAlB/wFxIB9BCHRyQf//A3EgFUEYdCAWQf8BcUEQdHJyIQsgPEH/AXEgMUEIdHJB//8DcSAHQRh0IC9B/wFxQRB0cnIhCiAQQf8BcSAZQQh0ckH//wNxIDNBGHQgNUH/AXFBEHRyciEJID1B/wFxIBhBCHRyQf//A3EgGkEYdCA5Qf8BcUEQdHJyIQgMAwtBACAXayEgCyAgIAVB4IfAABBAAAsgDygCPCEIIA8oAjghCSAPKAI0IQogDygCMCELIA8oAiwhDCAPKAIoIQ0gDygCJCEOIA8oAiAhDwsgAygCXCEXIAMoAlghGCADKAJUIRkgAygCUCEaIAMoAkwhGyADKAJIIRwgAygCRCEdIAMoAkAhHiADKAIcIRAgAygCGCERIAMoAhQhEiADKAIQIRMgAygCDCEUIAMoAgghFSADKAIEIRYgAygCACEfIAFBADYC8A5BwAAhB0IAIWILAkAgAkUNACAcIBNqIBhqIgEgEmogASAHc0EQdyIBQfLmu+MDaiIHIBhzQRR3Ii9qIjEgC2ogGyARaiAXaiIzIBBqIDMgBkEIckH/AXFzQRB3IgZBuuq/qnpqIjMgF3NBFHciNWoiOSAGc0EYdyInIDNqIiggNXNBGXciKWoiKiAKaiErIDkgCWohLCAxIAFzQRh3Ii0gB2oiLiAvc0EZdyE5IB0gFWogGWoiMCAUaiEyIB4gH2ogGmoiNCAWaiE2QQAhByAEITogAiEBA0AgAyArICogMiAwIGJCIIinc0EQdyIGQYXdntt7aiIvIBlzQRR3IjFqIjMgBnNBGHciBnNBEHciNSA2IDQgYqdzQRB3IjtB58yn0AZqIjwgGnNBFHciPWoiPiA7c0EYdyI7IDxqIjxqIj8gKXNBFHciQGoiQSAQaiAzIA1qIDlqIjMgDGogMyA7c0EQdyIzIChqIjsgOXNBFHciQmoiISAzc0EYdyIzIDtqIjsgQnNBGXciQmoiIiAfaiAiICwgPCA9c0EZdyI8aiI9IAhqID0gLXNBEHciPSAGIC9qIgZqIi8gPHNBFHciPGoiIyA9c0EYdyI9c0EQdyIiID4gD2ogBiAxc0EZdyIGaiIxIA5qIDEgJ3NBEHciMSAuaiI+IAZzQRR3IgZqIiQgMXNBGHciMSA+aiI+aiIlIEJzQRR3IkJqIiYgDmogIyATaiBBIDVzQRh3IjUgP2oiPyBAc0EZdyJAaiJBIApqIEEgMXNBEHciMSA7aiI7IEBzQRR3IkBqIkEgMXNBGHciMSA7aiI7IEBzQRl3IkBqIiMgCWogIyAhIBRqID4gBnNBGXciBmoiPiANaiA+IDVzQRB3IjUgPSAvaiIvaiI9IAZzQRR3IgZqIj4gNXNBGHciNXNBEHciISAkIBVqIC8gPHNBGXciL2oiPCARaiA8IDNzQRB3IjMgP2oiPCAvc0EUdyIvaiI/IDNzQRh3IjMgPGoiPGoiIyBAc0EUdyJAaiIkIApqID4gC2ogJiAic0EYdyI+ICVqIiIgQnNBGXciQmoiJSASaiAlIDNzQRB3IjMgO2oiOyBCc0EUdyJCaiIlIDNzQRh3IjMgO2oiOyBCc0EZdyJCaiImIBVqICYgQSAIaiA8IC9zQRl3Ii9qIjwgD2ogPCA+c0EQdyI8IDUgPWoiNWoiPSAvc0EUdyIvaiI+IDxzQRh3IjxzQRB3IkEgPyAWaiA1IAZzQRl3IgZqIjUgDGogNSAxc0EQdyIxICJqIjUgBnNBFHciBmoiPyAxc0EYdyIxIDVqIjVqIiIgQnNBFHciQmoiJiAMaiA+IBBqICQgIXNBGHciPiAjaiIhIEBzQRl3IkBqIiMgCWogIyAxc0EQdyIxIDtqIjsgQHNBFHciQGoiIyAxc0EYdyIxIDtqIjsgQHNBGXciQGoiJCAIaiAkICUgDWogNSAGc0EZdyIGaiI1IAtqIDUgPnNBEHciNSA8ID1qIjxqIj0gBnNBFHciBmoiPiA1c0EYdyI1c0EQdyIkID8gFGogPCAvc0EZdyIvaiI8IBNqIDwgM3NBEHciMyAhaiI8IC9zQRR3Ii9qIj8gM3NBGHciMyA8aiI8aiIhIEBzQRR3IkBqIiUgCWogPiAOaiAmIEFzQRh3Ij4gImoiQSBCc0EZdyJCaiIiIB9qICIgM3NBEHciMyA7aiI7IEJzQRR3IkJqIiIgM3NBGHciMyA7aiI7IEJzQRl3IkJqIiYgFGogJiAjIA9qIDwgL3NBGXciL2oiPCAWaiA8ID5zQRB3IjwgNSA9aiI1aiI9IC9zQRR3Ii9qIj4gPHNBGHciPHNBEHciIyA/IBFqIDUgBnNBGXciBmoiNSASaiA1IDFzQRB3IjEgQWoiNSAGc0EUdyIGaiI/IDFzQRh3IjEgNWoiNWoiQSBCc0EUdyJCaiImIBJqID4gCmogJSAkc0EYdyI+ICFqIiEgQHNBGXciQGoiJCAIaiAkIDFzQRB3IjEgO2oiOyBAc0EUdyJAaiIkIDFzQRh3IjEgO2oiOyBAc0EZdyJAaiIlIA9qICUgIiALaiA1IAZzQRl3IgZqIjUgDmogNSA+c0EQdyI1IDwgPWoiPGoiPSAGc0EUdyIGaiI+IDVzQRh3IjVzQRB3IiIgPyANaiA8IC9zQRl3Ii9qIjwgEGogPCAzc0EQdyIzICFqIjwgL3NBFHciL2oiPyAzc0EYdyIzIDxqIjxqIiEgQHNBFHciQGoiJSAIaiA+IAxqICYgI3NBGHciPiBBaiJBIEJzQRl3IkJqIiMgFWogIyAzc0EQdyIzIDtqIjsgQnNBFHciQmoiIyAzc0EYdyIzIDtqIjsgQnNBGXciQmoiJiANaiAmICQgFmogPCAvc0EZdyIvaiI8IBFqIDwgPnNBEHciPCA1ID1qIjVqIj0gL3NBFHciL2oiPiA8c0EYdyI8c0EQdyIkID8gE2ogNSAGc0EZdyIGaiI1IB9qIDUgMXNBEHciMSBBaiI1IAZzQRR3IgZqIj8gMXNBGHciMSA1aiI1aiJBIEJzQRR3IkJqIiYgH2ogPiAJaiAlICJzQRh3Ij4gIWoiISBAc0EZdyJAaiIiIA9qICIgMXNBEHciMSA7aiI7IEBzQRR3IkBqIiIgMXNBGHciMSA7aiI7IEBzQRl3IkBqIiUgFmogJSAjIA5qIDUgBnNBGXciBmoiNSAMaiA1ID5zQRB3IjUgPCA9aiI8aiI9IAZzQRR3IgZqIj4gNXNBGHciNXNBEHciIyA/IAtqIDwgL3NBGXciL2oiPCAKaiA8IDNzQRB3IjMgIWoiPCAvc0EUdyIvaiI/IDNzQRh3IjMgPGoiPGoiISBAc0EUdyJAaiIlIA9qID4gEmogJiAkc0EYdyI+IEFqIkEgQnNBGXciQmoiJCAUaiAkIDNzQRB3IjMgO2oiOyBCc0EUdyJCaiIkIDNzQRh3IjMgO2oiOyBCc0EZdyJCaiImIAtqICYgIiARaiA8IC9zQRl3Ii9qIjwgE2ogPCA+c0EQdyI8IDUgPWoiNWoiPSAvc0EUdyIvaiI+IDxzQRh3IjxzQRB3IiIgPyAQaiA1IAZzQRl3IgZqIjUgFWogNSAxc0EQdyIxIEFqIjUgBnNBFHciBmoiPyAxc0EYdyIxIDVqIjVqIkEgQnNBFHciQmoiJiAVaiA+IAhqICUgI3NBGHciPiAhaiIhIEBzQRl3IkBqIiMgFmogIyAxc0EQdyIxIDtqIjsgQHNBFHciQGoiIyAxc0EYdyIxIDtqIjsgQHNBGXciQGoiJSARaiAlICQgDGogNSAGc0EZdyIGaiI1IBJqIDUgPnNBEHciNSA8ID1qIjxqIj0gBnNBFHciBmoiPiA1c0EYdyI1c0EQdyIkID8gDmogPCAvc0EZdyIvaiI8IAlqIDwgM3NBEHciMyAhaiI8IC9zQRR3Ii9qIj8gM3NBGHciMyA8aiI8aiIhIEBzQRR3IkBqIiUgFmogPiAfaiAmICJzQRh3Ij4gQWoiQSBCc0EZdyJCaiIiIA1qICIgM3NBEHciMyA7aiI7IEJzQRR3IkJqIiIgM3NBGHciMyA7aiI7IEJzQRl3IkJqIiYgDmogJiAjIBNqIDwgL3NBGXciL2oiPCAQaiA8ID5zQRB3IjwgNSA9aiI1aiI9IC9zQRR3Ii9qIj4gPHNBGHciPHNBEHciIyA/IApqIDUgBnNBGXciBmoiNSAUaiA1IDFzQRB3IjEgQWoiNSAGc0EUdyIGaiI/IDFzQRh3IjEgNWoiNWoiQSBCc0EUdyJCaiImIBRqID4gD2ogJSAkc0EYdyI+ICFqIiEgQHNBGXciQGoiJCARaiAkIDFzQRB3IjEgO2oiOyBAc0EUdyJAaiIkIDFzQRh3IiUgO2oiMSBAc0EZdyI7aiJAIBNqIEAgIiASaiA1IAZzQRl3IgZqIjUgH2ogNSA+c0EQdyI1IDwgPWoiPGoiPSAGc0EUdyI+aiIiIDVzQRh3IjVzQRB3IgYgPyAMaiA8IC9zQRl3Ii9qIjwgCGogPCAzc0EQdyIzICFqIjwgL3NBFHciP2oiQCAzc0EYdyIvIDxqIjxqIjMgO3NBFHciO2oiISAGc0EYdyIGIBlzNgI0IAMgIiAVaiAmICNzQRh3IiIgQWoiQSBCc0EZdyJCaiIjIAtqICMgL3NBEHciLyAxaiIxIEJzQRR3IkJqIiMgL3NBGHciLyAaczYCMCADIC8gMWoiMSAbczYCLCADIAYgM2oiMyAeczYCICADIDEgJCAQaiA8ID9zQRl3IjxqIj8gCmogPyAic0EQdyI/IDUgPWoiNWoiPSA8c0EUdyI8aiIiczYCDCADIDMgQCAJaiA1ID5zQRl3IjVqIj4gDWogPiAlc0EQdyI+IEFqIkAgNXNBFHciQWoiJHM2AgAgAyAiID9zQRh3IjUgGHM2AjggAyAxIEJzQRl3IDVzNgIYIAMgJCA+c0EYdyIxIBdzNgI8IAMgNSA9aiI1IB1zNgIkIAMgMyA7c0EZdyAxczYCHCADIDUgI3M2AgQgAyAxIEBqIjEgHHM2AiggAyAxICFzNgIIIAMgNSA8c0EZdyAvczYCECADIDEgQXNBGXcgBnM2AhQgB0H/AXEiL0HBAE8NBUEAIAcgAUHAACAvayIGIAEgBkkbIgZqIgcgB0H/AXFBwABGIjEbIQcgOiADIC9qIAYQZSAGaiE6IGIgMa18IWIgASAGayIBDQALCyAAIAI2AgQgACAENgIAIANB0AFqJAAPCxBKAAsACyAIIAVB0IfAABBAAAsgL0HAAEHwh8AAED4AC4UuAgN/J34gACABKQAoIgYgAEEwaiIDKQMAIgcgACkDECIIfCABKQAgIgl8Igp8IAogAoVC6/qG2r+19sEfhUIgiSILQqvw0/Sv7ry3PHwiDCAHhUIoiSINfCIOIAEpAGAiAnwgASkAOCIHIABBOGoiBCkDACIPIAApAxgiEHwgASkAMCIKfCIRfCARQvnC+JuRo7Pw2wCFQiCJIhFC8e30+KWn/aelf3wiEiAPhUIoiSIPfCITIBGFQjCJIhQgEnwiFSAPhUIBiSIWfCIXIAEpAGgiD3wgFyABKQAYIhEgAEEoaiIFKQMAIhggACkDCCIZfCABKQAQIhJ8Ihp8IBpCn9j52cKR2oKbf4VCIIkiGkK7zqqm2NDrs7t/fCIbIBiFQiiJIhx8Ih0gGoVCMIkiHoVCIIkiHyABKQAIIhcgACkDICIgIAApAwAiIXwgASkAACIYfCIafCAAKQNAIBqFQtGFmu/6z5SH0QCFQiCJIhpCiJLznf/M+YTqAHwiIiAghUIoiSIjfCIkIBqFQjCJIiUgInwiInwiJiAWhUIoiSInfCIoIAEpAEgiFnwgHSABKQBQIhp8IA4gC4VCMIkiDiAMfCIdIA2FQgGJIgx8Ig0gASkAWCILfCANICWFQiCJIg0gFXwiFSAMhUIoiSIMfCIlIA2FQjCJIikgFXwiFSAMhUIBiSIqfCIrIAEpAHgiDHwgKyATIAEpAHAiDXwgIiAjhUIBiSITfCIiIAx8ICIgDoVCIIkiDiAeIBt8Iht8Ih4gE4VCKIkiE3wiIiAOhUIwiSIjhUIgiSIrICQgASkAQCIOfCAbIByFQgGJIht8IhwgFnwgHCAUhUIgiSIUIB18IhwgG4VCKIkiG3wiHSAUhUIwiSIUIBx8Ihx8IiQgKoVCKIkiKnwiLCALfCAiIA98ICggH4VCMIkiHyAmfCIiICeFQgGJIiZ8IicgCnwgJyAUhUIgiSIUIBV8IhUgJoVCKIkiJnwiJyAUhUIwiSIUIBV8IhUgJoVCAYkiJnwiKCAHfCAoICUgCXwgHCAbhUIBiSIbfCIcIA58IBwgH4VCIIkiHCAjIB58Ih58Ih8gG4VCKIkiG3wiIyAchUIwiSIchUIgiSIlIB0gDXwgHiAThUIBiSITfCIdIBp8IB0gKYVCIIkiHSAifCIeIBOFQiiJIhN8IiIgHYVCMIkiHSAefCIefCIoICaFQiiJIiZ8IikgBnwgIyAYfCAsICuFQjCJIiMgJHwiJCAqhUIBiSIqfCIrIBJ8ICsgHYVCIIkiHSAVfCIVICqFQiiJIip8IisgHYVCMIkiHSAVfCIVICqFQgGJIip8IiwgEnwgLCAnIAZ8IB4gE4VCAYkiE3wiHiARfCAeICOFQiCJIh4gHCAffCIcfCIfIBOFQiiJIhN8IiMgHoVCMIkiHoVCIIkiJyAiIBd8IBwgG4VCAYkiG3wiHCACfCAcIBSFQiCJIhQgJHwiHCAbhUIoiSIbfCIiIBSFQjCJIhQgHHwiHHwiJCAqhUIoiSIqfCIsIAd8ICMgDHwgKSAlhUIwiSIjICh8IiUgJoVCAYkiJnwiKCAPfCAoIBSFQiCJIhQgFXwiFSAmhUIoiSImfCIoIBSFQjCJIhQgFXwiFSAmhUIBiSImfCIpIBd8ICkgKyACfCAcIBuFQgGJIht8IhwgGHwgHCAjhUIgiSIcIB4gH3wiHnwiHyAbhUIoiSIbfCIjIByFQjCJIhyFQiCJIikgIiALfCAeIBOFQgGJIhN8Ih4gDnwgHiAdhUIgiSIdICV8Ih4gE4VCKIkiE3wiIiAdhUIwiSIdIB58Ih58IiUgJoVCKIkiJnwiKyAPfCAjIBF8ICwgJ4VCMIkiIyAkfCIkICqFQgGJIid8IiogCnwgKiAdhUIgiSIdIBV8IhUgJ4VCKIkiJ3wiKiAdhUIwiSIdIBV8IhUgJ4VCAYkiJ3wiLCACfCAsICggFnwgHiAThUIBiSITfCIeIAl8IB4gI4VCIIkiHiAcIB98Ihx8Ih8gE4VCKIkiE3wiIyAehUIwiSIehUIgiSIoICIgGnwgHCAbhUIBiSIbfCIcIA18IBwgFIVCIIkiFCAkfCIcIBuFQiiJIht8IiIgFIVCMIkiFCAcfCIcfCIkICeFQiiJIid8IiwgCXwgIyALfCArICmFQjCJIiMgJXwiJSAmhUIBiSImfCIpIA18ICkgFIVCIIkiFCAVfCIVICaFQiiJIiZ8IikgFIVCMIkiFCAVfCIVICaFQgGJIiZ8IisgGHwgKyAqIBF8IBwgG4VCAYkiG3wiHCAXfCAcICOFQiCJIhwgHiAffCIefCIfIBuFQiiJIht8IiMgHIVCMIkiHIVCIIkiKiAiIAd8IB4gE4VCAYkiE3wiHiAWfCAeIB2FQiCJIh0gJXwiHiAThUIoiSITfCIiIB2FQjCJIh0gHnwiHnwiJSAmhUIoiSImfCIrIBJ8ICMgBnwgLCAohUIwiSIjICR8IiQgJ4VCAYkiJ3wiKCAafCAoIB2FQiCJIh0gFXwiFSAnhUIoiSInfCIoIB2FQjCJIh0gFXwiFSAnhUIBiSInfCIsIAl8ICwgKSAMfCAeIBOFQgGJIhN8Ih4gDnwgHiAjhUIgiSIeIBwgH3wiHHwiHyAThUIoiSITfCIjIB6FQjCJIh6FQiCJIikgIiASfCAcIBuFQgGJIht8IhwgCnwgHCAUhUIgiSIUICR8IhwgG4VCKIkiG3wiIiAUhUIwiSIUIBx8Ihx8IiQgJ4VCKIkiJ3wiLCAKfCAjIBp8ICsgKoVCMIkiIyAlfCIlICaFQgGJIiZ8IiogDHwgKiAUhUIgiSIUIBV8IhUgJoVCKIkiJnwiKiAUhUIwiSIUIBV8IhUgJoVCAYkiJnwiKyAOfCArICggBnwgHCAbhUIBiSIbfCIcIAd8IBwgI4VCIIkiHCAeIB98Ih58Ih8gG4VCKIkiG3wiIyAchUIwiSIchUIgiSIoICIgFnwgHiAThUIBiSITfCIeIBh8IB4gHYVCIIkiHSAlfCIeIBOFQiiJIhN8IiIgHYVCMIkiHSAefCIefCIlICaFQiiJIiZ8IisgGHwgIyALfCAsICmFQjCJIiMgJHwiJCAnhUIBiSInfCIpIAJ8ICkgHYVCIIkiHSAVfCIVICeFQiiJIid8IikgHYVCMIkiHSAVfCIVICeFQgGJIid8IiwgC3wgLCAqIBF8IB4gE4VCAYkiE3wiHiAPfCAeICOFQiCJIh4gHCAffCIcfCIfIBOFQiiJIhN8IiMgHoVCMIkiHoVCIIkiKiAiIA18IBwgG4VCAYkiG3wiHCAXfCAcIBSFQiCJIhQgJHwiHCAbhUIoiSIbfCIiIBSFQjCJIhQgHHwiHHwiJCAnhUIoiSInfCIsIAx8ICMgDnwgKyAohUIwiSIjICV8IiUgJoVCAYkiJnwiKCARfCAoIBSFQiCJIhQgFXwiFSAmhUIoiSImfCIoIBSFQjCJIhQgFXwiFSAmhUIBiSImfCIrIA18ICsgKSAKfCAcIBuFQgGJIht8IhwgGnwgHCAjhUIgiSIcIB4gH3wiHnwiHyAbhUIoiSIbfCIjIByFQjCJIhyFQiCJIikgIiASfCAeIBOFQgGJIhN8Ih4gAnwgHiAdhUIgiSIdICV8Ih4gE4VCKIkiE3wiIiAdhUIwiSIdIB58Ih58IiUgJoVCKIkiJnwiKyANfCAjIAd8ICwgKoVCMIkiIyAkfCIkICeFQgGJIid8IiogBnwgKiAdhUIgiSIdIBV8IhUgJ4VCKIkiJ3wiKiAdhUIwiSIdIBV8IhUgJ4VCAYkiJ3wiLCAPfCAsICggF3wgHiAThUIBiSITfCIeIBZ8IB4gI4VCIIkiHiAcIB98Ihx8Ih8gE4VCKIkiE3wiIyAehUIwiSIehUIgiSIoICIgCXwgHCAbhUIBiSIbfCIcIA98IBwgFIVCIIkiFCAkfCIcIBuFQiiJIht8IiIgFIVCMIkiFCAcfCIcfCIkICeFQiiJIid8IiwgFnwgIyAJfCArICmFQjCJIiMgJXwiJSAmhUIBiSImfCIpIBp8ICkgFIVCIIkiFCAVfCIVICaFQiiJIiZ8IikgFIVCMIkiFCAVfCIVICaFQgGJIiZ8IisgEnwgKyAqIBd8IBwgG4VCAYkiG3wiHCAMfCAcICOFQiCJIhwgHiAffCIefCIfIBuFQiiJIht8IiMgHIVCMIkiHIVCIIkiKiAiIAJ8IB4gE4VCAYkiE3wiHiAGfCAeIB2FQiCJIh0gJXwiHiAThUIoiSITfCIiIB2FQjCJIh0gHnwiHnwiJSAmhUIoiSImfCIrIAJ8ICMgCnwgLCAohUIwiSIjICR8IiQgJ4VCAYkiJ3wiKCARfCAoIB2FQiCJIh0gFXwiFSAnhUIoiSInfCIoIB2FQjCJIh0gFXwiFSAnhUIBiSInfCIsIBd8ICwgKSAOfCAeIBOFQgGJIhN8Ih4gC3wgHiAjhUIgiSIeIBwgH3wiHHwiHyAThUIoiSITfCIjIB6FQjCJIh6FQiCJIikgIiAYfCAcIBuFQgGJIht8IhwgB3wgHCAUhUIgiSIUICR8IhwgG4VCKIkiG3wiIiAUhUIwiSIUIBx8Ihx8IiQgJ4VCKIkiJ3wiLCAOfCAjIBF8ICsgKoVCMIkiIyAlfCIlICaFQgGJIiZ8IiogFnwgKiAUhUIgiSIUIBV8IhUgJoVCKIkiJnwiKiAUhUIwiSIUIBV8IhUgJoVCAYkiJnwiKyAKfCArICggB3wgHCAbhUIBiSIbfCIcIA18IBwgI4VCIIkiHCAeIB98Ih58Ih8gG4VCKIkiG3wiIyAchUIwiSIchUIgiSIoICIgD3wgHiAThUIBiSITfCIeIAt8IB4gHYVCIIkiHSAlfCIeIBOFQiiJIhN8IiIgHYVCMIkiHSAefCIefCIlICaFQiiJIiZ8IisgC3wgIyAMfCAsICmFQjCJIiMgJHwiJCAnhUIBiSInfCIpIAl8ICkgHYVCIIkiHSAVfCIVICeFQiiJIid8IikgHYVCMIkiHSAVfCIVICeFQgGJIid8IiwgEXwgLCAqIBJ8IB4gE4VCAYkiE3wiHiAafCAeICOFQiCJIh4gHCAffCIcfCIfIBOFQiiJIhN8IiMgHoVCMIkiHoVCIIkiKiAiIAZ8IBwgG4VCAYkiG3wiHCAYfCAcIBSFQiCJIhQgJHwiHCAbhUIoiSIbfCIiIBSFQjCJIhQgHHwiHHwiJCAnhUIoiSInfCIsIBd8ICMgGHwgKyAohUIwiSIjICV8IiUgJoVCAYkiJnwiKCAOfCAoIBSFQiCJIhQgFXwiFSAmhUIoiSImfCIoIBSFQjCJIhQgFXwiFSAmhUIBiSImfCIrIAl8ICsgKSANfCAcIBuFQgGJIht8IhwgFnwgHCAjhUIgiSIcIB4gH3wiHnwiHyAbhUIoiSIbfCIjIByFQjCJIhyFQiCJIikgIiAKfCAeIBOFQgGJIhN8Ih4gDHwgHiAdhUIgiSIdICV8Ih4gE4VCKIkiE3wiIiAdhUIwiSIdIB58Ih58IiUgJoVCKIkiJnwiKyAHfCAjIA98ICwgKoVCMIkiIyAkfCIkICeFQgGJIid8IiogB3wgKiAdhUIgiSIdIBV8IhUgJ4VCKIkiJ3wiKiAdhUIwiSIdIBV8IhUgJ4VCAYkiJ3wiLCAKfCAsICggGnwgHiAThUIBiSITfCIeIAZ8IB4gI4VCIIkiHiAcIB98Ihx8Ih8gE4VCKIkiE3wiIyAehUIwiSIehUIgiSIoICIgAnwgHCAbhUIBiSIbfCIcIBJ8IBwgFIVCIIkiFCAkfCIcIBuFQiiJIht8IiIgFIVCMIkiFCAcfCIcfCIkICeFQiiJIid8IiwgEXwgIyAXfCArICmFQjCJIiMgJXwiJSAmhUIBiSImfCIpIAZ8ICkgFIVCIIkiFCAVfCIVICaFQiiJIiZ8IikgFIVCMIkiFCAVfCIVICaFQgGJIiZ8IisgAnwgKyAqIA58IBwgG4VCAYkiG3wiHCAJfCAcICOFQiCJIhwgHiAffCIefCIfIBuFQiiJIht8IiMgHIVCMIkiHIVCIIkiKiAiIBp8IB4gE4VCAYkiE3wiHiASfCAeIB2FQiCJIh0gJXwiHiAThUIoiSITfCIiIB2FQjCJIh0gHnwiHnwiJSAmhUIoiSImfCIrIAl8ICMgFnwgLCAohUIwiSIjICR8IiQgJ4VCAYkiJ3wiKCANfCAoIB2FQiCJIh0gFXwiFSAnhUIoiSInfCIoIB2FQjCJIh0gFXwiFSAnhUIBiSInfCIsIAZ8ICwgKSAPfCAeIBOFQgGJIhN8Ih4gGHwgHiAjhUIgiSIeIBwgH3wiHHwiHyAThUIoiSITfCIjIB6FQjCJIh6FQiCJIikgIiAMfCAcIBuFQgGJIht8IhwgC3wgHCAUhUIgiSIUICR8IhwgG4VCKIkiG3wiIiAUhUIwiSIUIBx8Ihx8IiQgJ4VCKIkiJ3wiLCACfCAjIAp8ICsgKoVCMIkiIyAlfCIlICaFQgGJIiZ8IiogB3wgKiAUhUIgiSIUIBV8IhUgJoVCKIkiJnwiKiAUhUIwiSIUIBV8IhUgJoVCAYkiJnwiKyAPfCArICggEnwgHCAbhUIBiSIbfCIcIBF8IBwgI4VCIIkiHCAeIB98Ih58Ih8gG4VCKIkiG3wiIyAchUIwiSIchUIgiSIoICIgGHwgHiAThUIBiSITfCIeIBd8IB4gHYVCIIkiHSAlfCIeIBOFQiiJIhN8IiIgHYVCMIkiHSAefCIefCIlICaFQiiJIiZ8IisgFnwgIyAafCAsICmFQjCJIiMgJHwiJCAnhUIBiSInfCIpIAt8ICkgHYVCIIkiHSAVfCIVICeFQiiJIid8IikgHYVCMIkiHSAVfCIVICeFQgGJIid8IiwgDHwgLCAqIA18IB4gE4VCAYkiE3wiHiAMfCAeICOFQiCJIgwgHCAffCIcfCIeIBOFQiiJIhN8Ih8gDIVCMIkiDIVCIIkiIyAiIA58IBwgG4VCAYkiG3wiHCAWfCAcIBSFQiCJIhYgJHwiFCAbhUIoiSIbfCIcIBaFQjCJIhYgFHwiFHwiIiAnhUIoiSIkfCInIAt8IB8gD3wgKyAohUIwiSIPICV8IgsgJoVCAYkiH3wiJSAKfCAlIBaFQiCJIgogFXwiFiAfhUIoiSIVfCIfIAqFQjCJIgogFnwiFiAVhUIBiSIVfCIlIAd8ICUgKSAJfCAUIBuFQgGJIgl8IgcgDnwgByAPhUIgiSIHIAwgHnwiD3wiDCAJhUIoiSIJfCIOIAeFQjCJIgeFQiCJIhQgHCANfCAPIBOFQgGJIg98Ig0gGnwgDSAdhUIgiSIaIAt8IgsgD4VCKIkiD3wiDSAahUIwiSIaIAt8Igt8IhMgFYVCKIkiFXwiGyAIhSANIBd8IAcgDHwiByAJhUIBiSIJfCIXIAJ8IBcgCoVCIIkiAiAnICOFQjCJIgogInwiF3wiDCAJhUIoiSIJfCINIAKFQjCJIgIgDHwiDIU3AxAgACAZIBIgDiAYfCAXICSFQgGJIhd8Ihh8IBggGoVCIIkiEiAWfCIYIBeFQiiJIhd8IhaFIBEgHyAGfCALIA+FQgGJIgZ8Ig98IA8gCoVCIIkiCiAHfCIHIAaFQiiJIgZ8Ig8gCoVCMIkiCiAHfCIHhTcDCCAAIA0gIYUgGyAUhUIwiSIRIBN8IhqFNwMAIAAgDyAQhSAWIBKFQjCJIg8gGHwiEoU3AxggBSAFKQMAIAwgCYVCAYmFIBGFNwMAIAQgBCkDACAaIBWFQgGJhSAChTcDACAAICAgByAGhUIBiYUgD4U3AyAgAyADKQMAIBIgF4VCAYmFIAqFNwMAC4UsASB/IAAgASgALCICIAEoACgiAyABKAAUIgQgBCABKAA0IgUgAyAEIAEoABwiBiABKAAkIgcgASgAICIIIAcgASgAGCIJIAYgAiAJIAEoAAQiCiAAKAIQIgtqIAAoAggiDEEKdyINIAAoAgQiDnMgDCAOcyAAKAIMIg9zIAAoAgAiEGogASgAACIRakELdyALaiISc2pBDncgD2oiE0EKdyIUaiABKAAQIhUgDkEKdyIWaiABKAAIIhcgD2ogEiAWcyATc2pBD3cgDWoiGCAUcyABKAAMIhkgDWogEyASQQp3IhJzIBhzakEMdyAWaiITc2pBBXcgEmoiGiATQQp3IhtzIAQgEmogEyAYQQp3IhJzIBpzakEIdyAUaiITc2pBB3cgEmoiFEEKdyIYaiAHIBpBCnciGmogEiAGaiATIBpzIBRzakEJdyAbaiISIBhzIBsgCGogFCATQQp3IhNzIBJzakELdyAaaiIUc2pBDXcgE2oiGiAUQQp3IhtzIBMgA2ogFCASQQp3IhNzIBpzakEOdyAYaiIUc2pBD3cgE2oiGEEKdyIcaiAbIAVqIBggFEEKdyIdcyATIAEoADAiEmogFCAaQQp3IhpzIBhzakEGdyAbaiIUc2pBB3cgGmoiGEEKdyIbIB0gASgAPCITaiAYIBRBCnciHnMgGiABKAA4IgFqIBQgHHMgGHNqQQl3IB1qIhpzakEIdyAcaiIUQX9zcWogFCAacWpBmfOJ1AVqQQd3IB5qIhhBCnciHGogBSAbaiAUQQp3Ih0gFSAeaiAaQQp3IhogGEF/c3FqIBggFHFqQZnzidQFakEGdyAbaiIUQX9zcWogFCAYcWpBmfOJ1AVqQQh3IBpqIhhBCnciGyADIB1qIBRBCnciHiAKIBpqIBwgGEF/c3FqIBggFHFqQZnzidQFakENdyAdaiIUQX9zcWogFCAYcWpBmfOJ1AVqQQt3IBxqIhhBf3NxaiAYIBRxakGZ84nUBWpBCXcgHmoiGkEKdyIcaiAZIBtqIBhBCnciHSATIB5qIBRBCnciHiAaQX9zcWogGiAYcWpBmfOJ1AVqQQd3IBtqIhRBf3NxaiAUIBpxakGZ84nUBWpBD3cgHmoiGEEKdyIbIBEgHWogFEEKdyIfIBIgHmogHCAYQX9zcWogGCAUcWpBmfOJ1AVqQQd3IB1qIhRBf3NxaiAUIBhxakGZ84nUBWpBDHcgHGoiGEF/c3FqIBggFHFqQZnzidQFakEPdyAfaiIaQQp3IhxqIBcgG2ogGEEKdyIdIAQgH2ogFEEKdyIeIBpBf3NxaiAaIBhxakGZ84nUBWpBCXcgG2oiFEF/c3FqIBQgGnFqQZnzidQFakELdyAeaiIYQQp3IhogAiAdaiAUQQp3IhsgASAeaiAcIBhBf3NxaiAYIBRxakGZ84nUBWpBB3cgHWoiFEF/c3FqIBQgGHFqQZnzidQFakENdyAcaiIYQX9zIh5xaiAYIBRxakGZ84nUBWpBDHcgG2oiHEEKdyIdaiAVIBhBCnciGGogASAUQQp3IhRqIAMgGmogGSAbaiAcIB5yIBRzakGh1+f2BmpBC3cgGmoiGiAcQX9zciAYc2pBodfn9gZqQQ13IBRqIhQgGkF/c3IgHXNqQaHX5/YGakEGdyAYaiIYIBRBf3NyIBpBCnciGnNqQaHX5/YGakEHdyAdaiIbIBhBf3NyIBRBCnciFHNqQaHX5/YGakEOdyAaaiIcQQp3Ih1qIBcgG0EKdyIeaiAKIBhBCnciGGogCCAUaiATIBpqIBwgG0F/c3IgGHNqQaHX5/YGakEJdyAUaiIUIBxBf3NyIB5zakGh1+f2BmpBDXcgGGoiGCAUQX9zciAdc2pBodfn9gZqQQ93IB5qIhogGEF/c3IgFEEKdyIUc2pBodfn9gZqQQ53IB1qIhsgGkF/c3IgGEEKdyIYc2pBodfn9gZqQQh3IBRqIhxBCnciHWogAiAbQQp3Ih5qIAUgGkEKdyIaaiAJIBhqIBEgFGogHCAbQX9zciAac2pBodfn9gZqQQ13IBhqIhQgHEF/c3IgHnNqQaHX5/YGakEGdyAaaiIYIBRBf3NyIB1zakGh1+f2BmpBBXcgHmoiGiAYQX9zciAUQQp3IhtzakGh1+f2BmpBDHcgHWoiHCAaQX9zciAYQQp3IhhzakGh1+f2BmpBB3cgG2oiHUEKdyIUaiAHIBpBCnciGmogEiAbaiAdIBxBf3NyIBpzakGh1+f2BmpBBXcgGGoiGyAUQX9zcWogCiAYaiAdIBxBCnciGEF/c3FqIBsgGHFqQdz57vh4akELdyAaaiIcIBRxakHc+e74eGpBDHcgGGoiHSAcQQp3IhpBf3NxaiACIBhqIBwgG0EKdyIYQX9zcWogHSAYcWpB3Pnu+HhqQQ53IBRqIhwgGnFqQdz57vh4akEPdyAYaiIeQQp3IhRqIBIgHUEKdyIbaiARIBhqIBwgG0F/c3FqIB4gG3FqQdz57vh4akEOdyAaaiIdIBRBf3NxaiAIIBpqIB4gHEEKdyIYQX9zcWogHSAYcWpB3Pnu+HhqQQ93IBtqIhsgFHFqQdz57vh4akEJdyAYaiIcIBtBCnciGkF/c3FqIBUgGGogGyAdQQp3IhhBf3NxaiAcIBhxakHc+e74eGpBCHcgFGoiHSAacWpB3Pnu+HhqQQl3IBhqIh5BCnciFGogEyAcQQp3IhtqIBkgGGogHSAbQX9zcWogHiAbcWpB3Pnu+HhqQQ53IBpqIhwgFEF/c3FqIAYgGmogHiAdQQp3IhhBf3NxaiAcIBhxakHc+e74eGpBBXcgG2oiGyAUcWpB3Pnu+HhqQQZ3IBhqIh0gG0EKdyIaQX9zcWogASAYaiAbIBxBCnciGEF/c3FqIB0gGHFqQdz57vh4akEIdyAUaiIcIBpxakHc+e74eGpBBncgGGoiHkEKdyIfaiARIBxBCnciFGogFSAdQQp3IhtqIBcgGmogHiAUQX9zcWogCSAYaiAcIBtBf3NxaiAeIBtxakHc+e74eGpBBXcgGmoiGCAUcWpB3Pnu+HhqQQx3IBtqIhogGCAfQX9zcnNqQc76z8p6akEJdyAUaiIUIBogGEEKdyIYQX9zcnNqQc76z8p6akEPdyAfaiIbIBQgGkEKdyIaQX9zcnNqQc76z8p6akEFdyAYaiIcQQp3Ih1qIBcgG0EKdyIeaiASIBRBCnciFGogBiAaaiAHIBhqIBwgGyAUQX9zcnNqQc76z8p6akELdyAaaiIYIBwgHkF/c3JzakHO+s/KempBBncgFGoiFCAYIB1Bf3Nyc2pBzvrPynpqQQh3IB5qIhogFCAYQQp3IhhBf3Nyc2pBzvrPynpqQQ13IB1qIhsgGiAUQQp3IhRBf3Nyc2pBzvrPynpqQQx3IBhqIhxBCnciHWogCCAbQQp3Ih5qIBkgGkEKdyIaaiAKIBRqIAEgGGogHCAbIBpBf3Nyc2pBzvrPynpqQQV3IBRqIhQgHCAeQX9zcnNqQc76z8p6akEMdyAaaiIYIBQgHUF/c3JzakHO+s/KempBDXcgHmoiGiAYIBRBCnciFEF/c3JzakHO+s/KempBDncgHWoiGyAaIBhBCnciGEF/c3JzakHO+s/KempBC3cgFGoiHEEKdyIgIAAoAgxqIAcgESAVIBEgAiAZIAogEyARIBIgEyAXIBAgDCAPQX9zciAOc2ogBGpB5peKhQVqQQh3IAtqIh1BCnciHmogFiAHaiANIBFqIA8gBmogCyAdIA4gDUF/c3JzaiABakHml4qFBWpBCXcgD2oiDyAdIBZBf3Nyc2pB5peKhQVqQQl3IA1qIg0gDyAeQX9zcnNqQeaXioUFakELdyAWaiIWIA0gD0EKdyIPQX9zcnNqQeaXioUFakENdyAeaiILIBYgDUEKdyINQX9zcnNqQeaXioUFakEPdyAPaiIdQQp3Ih5qIAkgC0EKdyIfaiAFIBZBCnciFmogFSANaiACIA9qIB0gCyAWQX9zcnNqQeaXioUFakEPdyANaiINIB0gH0F/c3JzakHml4qFBWpBBXcgFmoiDyANIB5Bf3Nyc2pB5peKhQVqQQd3IB9qIhYgDyANQQp3Ig1Bf3Nyc2pB5peKhQVqQQd3IB5qIgsgFiAPQQp3Ig9Bf3Nyc2pB5peKhQVqQQh3IA1qIh1BCnciHmogGSALQQp3Ih9qIAMgFkEKdyIWaiAKIA9qIAggDWogHSALIBZBf3Nyc2pB5peKhQVqQQt3IA9qIg0gHSAfQX9zcnNqQeaXioUFakEOdyAWaiIPIA0gHkF/c3JzakHml4qFBWpBDncgH2oiFiAPIA1BCnciC0F/c3JzakHml4qFBWpBDHcgHmoiHSAWIA9BCnciHkF/c3JzakHml4qFBWpBBncgC2oiH0EKdyINaiAZIBZBCnciD2ogCSALaiAdIA9Bf3NxaiAfIA9xakGkorfiBWpBCXcgHmoiCyANQX9zcWogAiAeaiAfIB1BCnciFkF/c3FqIAsgFnFqQaSit+IFakENdyAPaiIdIA1xakGkorfiBWpBD3cgFmoiHiAdQQp3Ig9Bf3NxaiAGIBZqIB0gC0EKdyIWQX9zcWogHiAWcWpBpKK34gVqQQd3IA1qIh0gD3FqQaSit+IFakEMdyAWaiIfQQp3Ig1qIAMgHkEKdyILaiAFIBZqIB0gC0F/c3FqIB8gC3FqQaSit+IFakEIdyAPaiIeIA1Bf3NxaiAEIA9qIB8gHUEKdyIPQX9zcWogHiAPcWpBpKK34gVqQQl3IAtqIgsgDXFqQaSit+IFakELdyAPaiIdIAtBCnciFkF/c3FqIAEgD2ogCyAeQQp3Ig9Bf3NxaiAdIA9xakGkorfiBWpBB3cgDWoiHiAWcWpBpKK34gVqQQd3IA9qIh9BCnciDWogFSAdQQp3IgtqIAggD2ogHiALQX9zcWogHyALcWpBpKK34gVqQQx3IBZqIh0gDUF/c3FqIBIgFmogHyAeQQp3Ig9Bf3NxaiAdIA9xakGkorfiBWpBB3cgC2oiCyANcWpBpKK34gVqQQZ3IA9qIh4gC0EKdyIWQX9zcWogByAPaiALIB1BCnciD0F/c3FqIB4gD3FqQaSit+IFakEPdyANaiILIBZxakGkorfiBWpBDXcgD2oiHUEKdyIfaiAKIAtBCnciIWogBCAeQQp3Ig1qIBMgFmogFyAPaiALIA1Bf3NxaiAdIA1xakGkorfiBWpBC3cgFmoiDyAdQX9zciAhc2pB8/3A6wZqQQl3IA1qIg0gD0F/c3IgH3NqQfP9wOsGakEHdyAhaiIWIA1Bf3NyIA9BCnciD3NqQfP9wOsGakEPdyAfaiILIBZBf3NyIA1BCnciDXNqQfP9wOsGakELdyAPaiIdQQp3Ih5qIAcgC0EKdyIfaiAJIBZBCnciFmogASANaiAGIA9qIB0gC0F/c3IgFnNqQfP9wOsGakEIdyANaiINIB1Bf3NyIB9zakHz/cDrBmpBBncgFmoiDyANQX9zciAec2pB8/3A6wZqQQZ3IB9qIhYgD0F/c3IgDUEKdyINc2pB8/3A6wZqQQ53IB5qIgsgFkF/c3IgD0EKdyIPc2pB8/3A6wZqQQx3IA1qIh1BCnciHmogAyALQQp3Ih9qIBcgFkEKdyIWaiASIA9qIAggDWogHSALQX9zciAWc2pB8/3A6wZqQQ13IA9qIg0gHUF/c3IgH3NqQfP9wOsGakEFdyAWaiIPIA1Bf3NyIB5zakHz/cDrBmpBDncgH2oiFiAPQX9zciANQQp3Ig1zakHz/cDrBmpBDXcgHmoiCyAWQX9zciAPQQp3Ig9zakHz/cDrBmpBDXcgDWoiHUEKdyIeaiAFIA9qIBUgDWogHSALQX9zciAWQQp3IhZzakHz/cDrBmpBB3cgD2oiDyAdQX9zciALQQp3IgtzakHz/cDrBmpBBXcgFmoiDUEKdyIdIAkgC2ogD0EKdyIfIAggFmogHiANQX9zcWogDSAPcWpB6e210wdqQQ93IAtqIg9Bf3NxaiAPIA1xakHp7bXTB2pBBXcgHmoiDUF/c3FqIA0gD3FqQenttdMHakEIdyAfaiIWQQp3IgtqIBkgHWogDUEKdyIeIAogH2ogD0EKdyIfIBZBf3NxaiAWIA1xakHp7bXTB2pBC3cgHWoiDUF/c3FqIA0gFnFqQenttdMHakEOdyAfaiIPQQp3Ih0gEyAeaiANQQp3IiEgAiAfaiALIA9Bf3NxaiAPIA1xakHp7bXTB2pBDncgHmoiDUF/c3FqIA0gD3FqQenttdMHakEGdyALaiIPQX9zcWogDyANcWpB6e210wdqQQ53ICFqIhZBCnciC2ogEiAdaiAPQQp3Ih4gBCAhaiANQQp3Ih8gFkF/c3FqIBYgD3FqQenttdMHakEGdyAdaiINQX9zcWogDSAWcWpB6e210wdqQQl3IB9qIg9BCnciHSAFIB5qIA1BCnciISAXIB9qIAsgD0F/c3FqIA8gDXFqQenttdMHakEMdyAeaiINQX9zcWogDSAPcWpB6e210wdqQQl3IAtqIg9Bf3NxaiAPIA1xakHp7bXTB2pBDHcgIWoiFkEKdyILIBNqIAEgDUEKdyIeaiALIAMgHWogD0EKdyIfIAYgIWogHiAWQX9zcWogFiAPcWpB6e210wdqQQV3IB1qIg1Bf3NxaiANIBZxakHp7bXTB2pBD3cgHmoiD0F/c3FqIA8gDXFqQenttdMHakEIdyAfaiIWIA9BCnciHXMgHyASaiAPIA1BCnciEnMgFnNqQQh3IAtqIg1zakEFdyASaiIPQQp3IgsgCGogFkEKdyIIIApqIBIgA2ogDSAIcyAPc2pBDHcgHWoiAyALcyAdIBVqIA8gDUEKdyIKcyADc2pBCXcgCGoiCHNqQQx3IApqIhUgCEEKdyIScyAKIARqIAggA0EKdyIDcyAVc2pBBXcgC2oiBHNqQQ53IANqIghBCnciCiABaiAVQQp3IgEgF2ogAyAGaiAEIAFzIAhzakEGdyASaiIDIApzIBIgCWogCCAEQQp3IgRzIANzakEIdyABaiIBc2pBDXcgBGoiBiABQQp3IghzIAQgBWogASADQQp3IgNzIAZzakEGdyAKaiIBc2pBBXcgA2oiBEEKdyIKajYCCCAAIAwgCSAUaiAcIBsgGkEKdyIJQX9zcnNqQc76z8p6akEIdyAYaiIVQQp3aiADIBFqIAEgBkEKdyIDcyAEc2pBD3cgCGoiBkEKdyIXajYCBCAAIA4gEyAYaiAVIBwgG0EKdyIRQX9zcnNqQc76z8p6akEFdyAJaiISaiAIIBlqIAQgAUEKdyIBcyAGc2pBDXcgA2oiBEEKd2o2AgAgACgCECEIIAAgESAQaiAFIAlqIBIgFSAgQX9zcnNqQc76z8p6akEGd2ogAyAHaiAGIApzIARzakELdyABaiIDajYCECAAIBEgCGogCmogASACaiAEIBdzIANzakELd2o2AgwLySYCKX8BfiAAIAEoAAwiAyAAQRRqIgQoAgAiBSAAKAIEIgZqIAEoAAgiB2oiCGogCCAAKQMgIixCIIinc0GM0ZXYeXNBEHciCUGF3Z7be2oiCiAFc0EUdyILaiIMIAEoACgiBWogASgAFCIIIABBGGoiDSgCACIOIAAoAggiD2ogASgAECIQaiIRaiARIAJzQauzj/wBc0EQdyICQfLmu+MDaiIRIA5zQRR3Ig5qIhIgAnNBGHciEyARaiIUIA5zQRl3IhVqIhYgASgALCICaiAWIAEoAAQiDiAAKAIQIhcgACgCACIYaiABKAAAIhFqIhlqIBkgLKdzQf+kuYgFc0EQdyIZQefMp9AGaiIaIBdzQRR3IhtqIhwgGXNBGHciHXNBEHciHiABKAAcIhYgAEEcaiIfKAIAIiAgACgCDCIhaiABKAAYIhlqIiJqICJBmZqD3wVzQRB3IiJBuuq/qnpqIiMgIHNBFHciIGoiJCAic0EYdyIiICNqIiNqIiUgFXNBFHciJmoiJyAQaiAcIAEoACAiFWogDCAJc0EYdyIMIApqIhwgC3NBGXciCmoiCyABKAAkIglqIAsgInNBEHciCyAUaiIUIApzQRR3IgpqIiIgC3NBGHciKCAUaiIUIApzQRl3IilqIiogFWogKiASIAEoADAiCmogIyAgc0EZdyISaiIgIAEoADQiC2ogICAMc0EQdyIMIB0gGmoiGmoiHSASc0EUdyISaiIgIAxzQRh3IiNzQRB3IiogJCABKAA4IgxqIBogG3NBGXciGmoiGyABKAA8IgFqIBsgE3NBEHciEyAcaiIbIBpzQRR3IhpqIhwgE3NBGHciEyAbaiIbaiIkIClzQRR3IilqIisgEWogICAJaiAnIB5zQRh3Ih4gJWoiICAmc0EZdyIlaiImIAFqICYgE3NBEHciEyAUaiIUICVzQRR3IiVqIiYgE3NBGHciEyAUaiIUICVzQRl3IiVqIicgB2ogJyAiIAxqIBsgGnNBGXciGmoiGyAFaiAbIB5zQRB3IhsgIyAdaiIdaiIeIBpzQRR3IhpqIiIgG3NBGHciG3NBEHciIyAcIAtqIB0gEnNBGXciEmoiHCAZaiAcIChzQRB3IhwgIGoiHSASc0EUdyISaiIgIBxzQRh3IhwgHWoiHWoiJyAlc0EUdyIlaiIoIApqICIgDmogKyAqc0EYdyIiICRqIiQgKXNBGXciKWoiKiAKaiAqIBxzQRB3IhwgFGoiFCApc0EUdyIpaiIqIBxzQRh3IhwgFGoiFCApc0EZdyIpaiIrIBFqICsgJiACaiAdIBJzQRl3IhJqIh0gFmogHSAic0EQdyIdIBsgHmoiG2oiHiASc0EUdyISaiIiIB1zQRh3Ih1zQRB3IiYgICAIaiAbIBpzQRl3IhpqIhsgA2ogGyATc0EQdyITICRqIhsgGnNBFHciGmoiICATc0EYdyITIBtqIhtqIiQgKXNBFHciKWoiKyADaiAiIAhqICggI3NBGHciIiAnaiIjICVzQRl3IiVqIicgB2ogJyATc0EQdyITIBRqIhQgJXNBFHciJWoiJyATc0EYdyITIBRqIhQgJXNBGXciJWoiKCAZaiAoICogAmogGyAac0EZdyIaaiIbIBVqIBsgInNBEHciGyAdIB5qIh1qIh4gGnNBFHciGmoiIiAbc0EYdyIbc0EQdyIoICAgAWogHSASc0EZdyISaiIdIAtqIB0gHHNBEHciHCAjaiIdIBJzQRR3IhJqIiAgHHNBGHciHCAdaiIdaiIjICVzQRR3IiVqIiogA2ogIiAFaiArICZzQRh3IiIgJGoiJCApc0EZdyImaiIpIAxqICkgHHNBEHciHCAUaiIUICZzQRR3IiZqIikgHHNBGHciHCAUaiIUICZzQRl3IiZqIisgDmogKyAnIBZqIB0gEnNBGXciEmoiHSAOaiAdICJzQRB3Ih0gGyAeaiIbaiIeIBJzQRR3IhJqIiIgHXNBGHciHXNBEHciJyAgIAlqIBsgGnNBGXciGmoiGyAQaiAbIBNzQRB3IhMgJGoiGyAac0EUdyIaaiIgIBNzQRh3IhMgG2oiG2oiJCAmc0EUdyImaiIrIAhqICIgC2ogKiAoc0EYdyIiICNqIiMgJXNBGXciJWoiKCAKaiAoIBNzQRB3IhMgFGoiFCAlc0EUdyIlaiIoIBNzQRh3IhMgFGoiFCAlc0EZdyIlaiIqIAVqICogKSAWaiAbIBpzQRl3IhpqIhsgCWogGyAic0EQdyIbIB0gHmoiHWoiHiAac0EUdyIaaiIiIBtzQRh3IhtzQRB3IikgICACaiAdIBJzQRl3IhJqIh0gDGogHSAcc0EQdyIcICNqIh0gEnNBFHciEmoiICAcc0EYdyIcIB1qIh1qIiMgJXNBFHciJWoiKiAIaiAiIAdqICsgJ3NBGHciIiAkaiIkICZzQRl3IiZqIicgGWogJyAcc0EQdyIcIBRqIhQgJnNBFHciJmoiJyAcc0EYdyIcIBRqIhQgJnNBGXciJmoiKyAWaiArICggEGogHSASc0EZdyISaiIdIBFqIB0gInNBEHciHSAbIB5qIhtqIh4gEnNBFHciEmoiIiAdc0EYdyIdc0EQdyIoICAgAWogGyAac0EZdyIaaiIbIBVqIBsgE3NBEHciEyAkaiIbIBpzQRR3IhpqIiAgE3NBGHciEyAbaiIbaiIkICZzQRR3IiZqIisgAmogIiAHaiAqIClzQRh3IiIgI2oiIyAlc0EZdyIlaiIpIBBqICkgE3NBEHciEyAUaiIUICVzQRR3IiVqIikgE3NBGHciEyAUaiIUICVzQRl3IiVqIiogCmogKiAnIAlqIBsgGnNBGXciGmoiGyARaiAbICJzQRB3IhsgHSAeaiIdaiIeIBpzQRR3IhpqIiIgG3NBGHciG3NBEHciJyAgIAVqIB0gEnNBGXciEmoiHSABaiAdIBxzQRB3IhwgI2oiHSASc0EUdyISaiIgIBxzQRh3IhwgHWoiHWoiIyAlc0EUdyIlaiIqIBlqICIgDGogKyAoc0EYdyIiICRqIiQgJnNBGXciJmoiKCAOaiAoIBxzQRB3IhwgFGoiFCAmc0EUdyImaiIoIBxzQRh3IhwgFGoiFCAmc0EZdyImaiIrIAVqICsgKSAZaiAdIBJzQRl3IhJqIh0gFWogHSAic0EQdyIdIBsgHmoiG2oiHiASc0EUdyISaiIiIB1zQRh3Ih1zQRB3IikgICADaiAbIBpzQRl3IhpqIhsgC2ogGyATc0EQdyITICRqIhsgGnNBFHciGmoiICATc0EYdyITIBtqIhtqIiQgJnNBFHciJmoiKyAWaiAiIBFqICogJ3NBGHciIiAjaiIjICVzQRl3IiVqIicgAmogJyATc0EQdyITIBRqIhQgJXNBFHciJWoiJyATc0EYdyITIBRqIhQgJXNBGXciJWoiKiAIaiAqICggB2ogGyAac0EZdyIaaiIbIApqIBsgInNBEHciGyAdIB5qIh1qIh4gGnNBFHciGmoiIiAbc0EYdyIbc0EQdyIoICAgFWogHSASc0EZdyISaiIdIANqIB0gHHNBEHciHCAjaiIdIBJzQRR3IhJqIiAgHHNBGHciHCAdaiIdaiIjICVzQRR3IiVqIiogDmogIiAQaiArIClzQRh3IiIgJGoiJCAmc0EZdyImaiIpIAtqICkgHHNBEHciHCAUaiIUICZzQRR3IiZqIikgHHNBGHciHCAUaiIUICZzQRl3IiZqIisgAWogKyAnIAFqIB0gEnNBGXciEmoiHSAMaiAdICJzQRB3Ih0gGyAeaiIbaiIeIBJzQRR3IhJqIiIgHXNBGHciHXNBEHciJyAgIA5qIBsgGnNBGXciGmoiGyAJaiAbIBNzQRB3IhMgJGoiGyAac0EUdyIaaiIgIBNzQRh3IhMgG2oiG2oiJCAmc0EUdyImaiIrIBlqICIgDGogKiAoc0EYdyIiICNqIiMgJXNBGXciJWoiKCALaiAoIBNzQRB3IhMgFGoiFCAlc0EUdyIlaiIoIBNzQRh3IhMgFGoiFCAlc0EZdyIlaiIqIANqICogKSAKaiAbIBpzQRl3IhpqIhsgCGogGyAic0EQdyIbIB0gHmoiHWoiHiAac0EUdyIaaiIiIBtzQRh3IhtzQRB3IikgICAQaiAdIBJzQRl3IhJqIh0gBWogHSAcc0EQdyIcICNqIh0gEnNBFHciEmoiICAcc0EYdyIcIB1qIh1qIiMgJXNBFHciJWoiKiAWaiAiIBFqICsgJ3NBGHciIiAkaiIkICZzQRl3IiZqIicgFmogJyAcc0EQdyIcIBRqIhQgJnNBFHciJmoiJyAcc0EYdyIcIBRqIhQgJnNBGXciJmoiKyAMaiArICggCWogHSASc0EZdyISaiIdIAdqIB0gInNBEHciHSAbIB5qIhtqIh4gEnNBFHciEmoiIiAdc0EYdyIdc0EQdyIoICAgFWogGyAac0EZdyIaaiIbIAJqIBsgE3NBEHciEyAkaiIbIBpzQRR3IhpqIiAgE3NBGHciEyAbaiIbaiIkICZzQRR3IiZqIisgAWogIiAKaiAqIClzQRh3IiIgI2oiIyAlc0EZdyIlaiIpIA5qICkgE3NBEHciEyAUaiIUICVzQRR3IiVqIikgE3NBGHciEyAUaiIUICVzQRl3IiVqIiogEGogKiAnIAtqIBsgGnNBGXciGmoiGyACaiAbICJzQRB3IhsgHSAeaiIdaiIeIBpzQRR3IhpqIiIgG3NBGHciG3NBEHciJyAgIANqIB0gEnNBGXciEmoiHSAJaiAdIBxzQRB3IhwgI2oiHSASc0EUdyISaiIgIBxzQRh3IhwgHWoiHWoiIyAlc0EUdyIlaiIqIAxqICIgCGogKyAoc0EYdyIiICRqIiQgJnNBGXciJmoiKCARaiAoIBxzQRB3IhwgFGoiFCAmc0EUdyImaiIoIBxzQRh3IhwgFGoiFCAmc0EZdyImaiIrIAlqICsgKSAVaiAdIBJzQRl3IhJqIh0gGWogHSAic0EQdyIdIBsgHmoiG2oiHiASc0EUdyISaiIiIB1zQRh3Ih1zQRB3IikgICAHaiAbIBpzQRl3IhpqIhsgBWogGyATc0EQdyITICRqIhsgGnNBFHciGmoiICATc0EYdyITIBtqIhtqIiQgJnNBFHciJmoiKyALaiAiIAJqICogJ3NBGHciIiAjaiIjICVzQRl3IiVqIicgA2ogJyATc0EQdyITIBRqIhQgJXNBFHciJWoiJyATc0EYdyITIBRqIhQgJXNBGXciJWoiKiAWaiAqICggGWogGyAac0EZdyIaaiIbIAFqIBsgInNBEHciGyAdIB5qIh1qIh4gGnNBFHciGmoiIiAbc0EYdyIbc0EQdyIoICAgEWogHSASc0EZdyISaiIdIBVqIB0gHHNBEHciHCAjaiIdIBJzQRR3IhJqIiAgHHNBGHciHCAdaiIdaiIjICVzQRR3IiVqIiogFWogIiAKaiArIClzQRh3IhUgJGoiIiAmc0EZdyIkaiImIAdqICYgHHNBEHciHCAUaiIUICRzQRR3IiRqIiYgHHNBGHciHCAUaiIUICRzQRl3IiRqIikgEGogKSAnIA5qIB0gEnNBGXciEmoiHSAQaiAdIBVzQRB3IhAgGyAeaiIVaiIbIBJzQRR3IhJqIh0gEHNBGHciEHNBEHciHiAgIAVqIBUgGnNBGXciFWoiGiAIaiAaIBNzQRB3IhMgImoiGiAVc0EUdyIVaiIgIBNzQRh3IhMgGmoiGmoiIiAkc0EUdyIkaiInIAlqIB0gFmogKiAoc0EYdyIWICNqIgkgJXNBGXciHWoiIyAZaiAjIBNzQRB3IhkgFGoiEyAdc0EUdyIUaiIdIBlzQRh3IhkgE2oiEyAUc0EZdyIUaiIjIAxqICMgJiAFaiAaIBVzQRl3IgVqIhUgB2ogFSAWc0EQdyIHIBAgG2oiEGoiFiAFc0EUdyIFaiIVIAdzQRh3IgdzQRB3IgwgICAOaiAQIBJzQRl3IhBqIg4gCGogDiAcc0EQdyIIIAlqIg4gEHNBFHciEGoiCSAIc0EYdyIIIA5qIg5qIhIgFHNBFHciFGoiGiAGcyAJIAtqIAcgFmoiByAFc0EZdyIFaiIWIBFqIBYgGXNBEHciESAnIB5zQRh3IhYgImoiGWoiCSAFc0EUdyIFaiILIBFzQRh3IhEgCWoiCXM2AgQgACAYIAIgFSABaiAZICRzQRl3IgFqIhlqIBkgCHNBEHciCCATaiICIAFzQRR3IgFqIhlzIAogHSADaiAOIBBzQRl3IgNqIhBqIBAgFnNBEHciECAHaiIHIANzQRR3IgNqIg4gEHNBGHciECAHaiIHczYCACAAIAsgIXMgGiAMc0EYdyIWIBJqIhVzNgIMIAAgDiAPcyAZIAhzQRh3IgggAmoiAnM2AgggHyAfKAIAIAcgA3NBGXdzIAhzNgIAIAAgFyAJIAVzQRl3cyAWczYCECAEIAQoAgAgAiABc0EZd3MgEHM2AgAgDSANKAIAIBUgFHNBGXdzIBFzNgIAC5EiAVF/IAEgAkEGdGohAyAAKAIQIQQgACgCDCEFIAAoAgghAiAAKAIEIQYgACgCACEHA0AgASgAICIIQRh0IAhBgP4DcUEIdHIgCEEIdkGA/gNxIAhBGHZyciIJIAEoABgiCEEYdCAIQYD+A3FBCHRyIAhBCHZBgP4DcSAIQRh2cnIiCnMgASgAOCIIQRh0IAhBgP4DcUEIdHIgCEEIdkGA/gNxIAhBGHZyciIIcyABKAAUIgtBGHQgC0GA/gNxQQh0ciALQQh2QYD+A3EgC0EYdnJyIgwgASgADCILQRh0IAtBgP4DcUEIdHIgC0EIdkGA/gNxIAtBGHZyciINcyABKAAsIgtBGHQgC0GA/gNxQQh0ciALQQh2QYD+A3EgC0EYdnJyIg5zIAEoAAgiC0EYdCALQYD+A3FBCHRyIAtBCHZBgP4DcSALQRh2cnIiDyABKAAAIgtBGHQgC0GA/gNxQQh0ciALQQh2QYD+A3EgC0EYdnJyIhBzIAlzIAEoADQiC0EYdCALQYD+A3FBCHRyIAtBCHZBgP4DcSALQRh2cnIiC3NBAXciEXNBAXciEnNBAXciEyAKIAEoABAiFEEYdCAUQYD+A3FBCHRyIBRBCHZBgP4DcSAUQRh2cnIiFXMgASgAMCIUQRh0IBRBgP4DcUEIdHIgFEEIdkGA/gNxIBRBGHZyciIWcyANIAEoAAQiFEEYdCAUQYD+A3FBCHRyIBRBCHZBgP4DcSAUQRh2cnIiF3MgASgAJCIUQRh0IBRBgP4DcUEIdHIgFEEIdkGA/gNxIBRBGHZyciIYcyAIc0EBdyIUc0EBdyIZcyAIIBZzIBlzIA4gGHMgFHMgE3NBAXciGnNBAXciG3MgEiAUcyAacyARIAhzIBNzIAsgDnMgEnMgASgAKCIcQRh0IBxBgP4DcUEIdHIgHEEIdkGA/gNxIBxBGHZyciIdIAlzIBFzIAEoABwiHEEYdCAcQYD+A3FBCHRyIBxBCHZBgP4DcSAcQRh2cnIiHiAMcyALcyAVIA9zIB1zIAEoADwiHEEYdCAcQYD+A3FBCHRyIBxBCHZBgP4DcSAcQRh2cnIiHHNBAXciH3NBAXciIHNBAXciIXNBAXciInNBAXciI3NBAXciJHNBAXciJSAZIB9zIBYgHXMgH3MgGCAecyAccyAZc0EBdyImc0EBdyIncyAUIBxzICZzIBtzQQF3IihzQQF3IilzIBsgJ3MgKXMgGiAmcyAocyAlc0EBdyIqc0EBdyIrcyAkIChzICpzICMgG3MgJXMgIiAacyAkcyAhIBNzICNzICAgEnMgInMgHyARcyAhcyAcIAtzICBzICdzQQF3IixzQQF3Ii1zQQF3Ii5zQQF3Ii9zQQF3IjBzQQF3IjFzQQF3IjJzQQF3IjMgKSAtcyAnICFzIC1zICYgIHMgLHMgKXNBAXciNHNBAXciNXMgKCAscyA0cyArc0EBdyI2c0EBdyI3cyArIDVzIDdzICogNHMgNnMgM3NBAXciOHNBAXciOXMgMiA2cyA4cyAxICtzIDNzIDAgKnMgMnMgLyAlcyAxcyAuICRzIDBzIC0gI3MgL3MgLCAicyAucyA1c0EBdyI6c0EBdyI7c0EBdyI8c0EBdyI9c0EBdyI+c0EBdyI/c0EBdyJAc0EBdyJBIDcgO3MgNSAvcyA7cyA0IC5zIDpzIDdzQQF3IkJzQQF3IkNzIDYgOnMgQnMgOXNBAXciRHNBAXciRXMgOSBDcyBFcyA4IEJzIERzIEFzQQF3IkZzQQF3IkdzIEAgRHMgRnMgPyA5cyBBcyA+IDhzIEBzID0gM3MgP3MgPCAycyA+cyA7IDFzID1zIDogMHMgPHMgQ3NBAXciSHNBAXciSXNBAXciSnNBAXciS3NBAXciTHNBAXciTXNBAXciTnNBAXcgRCBIcyBCIDxzIEhzIEVzQQF3Ik9zIEdzQQF3IlAgQyA9cyBJcyBPc0EBdyJRIEogPyA4IDcgOiAvICQgGyAmIB8gCyAJIAZBHnciUiANaiAFIFIgAnMgB3EgAnNqIBdqIAdBBXcgBGogBSACcyAGcSAFc2ogEGpBmfOJ1AVqIhdBBXdqQZnzidQFaiJTIBdBHnciDSAHQR53IhBzcSAQc2ogAiAPaiAXIFIgEHNxIFJzaiBTQQV3akGZ84nUBWoiD0EFd2pBmfOJ1AVqIhdBHnciUmogDSAMaiAPQR53IgkgU0EedyIMcyAXcSAMc2ogECAVaiAMIA1zIA9xIA1zaiAXQQV3akGZ84nUBWoiD0EFd2pBmfOJ1AVqIhVBHnciDSAPQR53IhBzIAwgCmogDyBSIAlzcSAJc2ogFUEFd2pBmfOJ1AVqIgxxIBBzaiAJIB5qIBUgECBSc3EgUnNqIAxBBXdqQZnzidQFaiJSQQV3akGZ84nUBWoiCkEedyIJaiAdIA1qIAogUkEedyILIAxBHnciHXNxIB1zaiAYIBBqIB0gDXMgUnEgDXNqIApBBXdqQZnzidQFaiINQQV3akGZ84nUBWoiEEEedyIYIA1BHnciUnMgDiAdaiANIAkgC3NxIAtzaiAQQQV3akGZ84nUBWoiDnEgUnNqIBYgC2ogUiAJcyAQcSAJc2ogDkEFd2pBmfOJ1AVqIglBBXdqQZnzidQFaiIWQR53IgtqIBEgDkEedyIfaiALIAlBHnciEXMgCCBSaiAJIB8gGHNxIBhzaiAWQQV3akGZ84nUBWoiCXEgEXNqIBwgGGogFiARIB9zcSAfc2ogCUEFd2pBmfOJ1AVqIh9BBXdqQZnzidQFaiIOIB9BHnciCCAJQR53IhxzcSAcc2ogFCARaiAcIAtzIB9xIAtzaiAOQQV3akGZ84nUBWoiC0EFd2pBmfOJ1AVqIhFBHnciFGogGSAIaiALQR53IhkgDkEedyIfcyARc2ogEiAcaiALIB8gCHNxIAhzaiARQQV3akGZ84nUBWoiCEEFd2pBodfn9gZqIgtBHnciESAIQR53IhJzICAgH2ogFCAZcyAIc2ogC0EFd2pBodfn9gZqIghzaiATIBlqIBIgFHMgC3NqIAhBBXdqQaHX5/YGaiILQQV3akGh1+f2BmoiE0EedyIUaiAaIBFqIAtBHnciGSAIQR53IghzIBNzaiAhIBJqIAggEXMgC3NqIBNBBXdqQaHX5/YGaiILQQV3akGh1+f2BmoiEUEedyISIAtBHnciE3MgJyAIaiAUIBlzIAtzaiARQQV3akGh1+f2BmoiCHNqICIgGWogEyAUcyARc2ogCEEFd2pBodfn9gZqIgtBBXdqQaHX5/YGaiIRQR53IhRqICMgEmogC0EedyIZIAhBHnciCHMgEXNqICwgE2ogCCAScyALc2ogEUEFd2pBodfn9gZqIgtBBXdqQaHX5/YGaiIRQR53IhIgC0EedyITcyAoIAhqIBQgGXMgC3NqIBFBBXdqQaHX5/YGaiIIc2ogLSAZaiATIBRzIBFzaiAIQQV3akGh1+f2BmoiC0EFd2pBodfn9gZqIhFBHnciFGogLiASaiALQR53IhkgCEEedyIIcyARc2ogKSATaiAIIBJzIAtzaiARQQV3akGh1+f2BmoiC0EFd2pBodfn9gZqIhFBHnciEiALQR53IhNzICUgCGogFCAZcyALc2ogEUEFd2pBodfn9gZqIgtzaiA0IBlqIBMgFHMgEXNqIAtBBXdqQaHX5/YGaiIUQQV3akGh1+f2BmoiGUEedyIIaiAwIAtBHnciEWogCCAUQR53IgtzICogE2ogESAScyAUc2ogGUEFd2pBodfn9gZqIhNxIAggC3FzaiA1IBJqIAsgEXMgGXEgCyARcXNqIBNBBXdqQdz57vh4aiIUQQV3akHc+e74eGoiGSAUQR53IhEgE0EedyISc3EgESAScXNqICsgC2ogFCASIAhzcSASIAhxc2ogGUEFd2pB3Pnu+HhqIhRBBXdqQdz57vh4aiIaQR53IghqIDYgEWogFEEedyILIBlBHnciE3MgGnEgCyATcXNqIDEgEmogEyARcyAUcSATIBFxc2ogGkEFd2pB3Pnu+HhqIhRBBXdqQdz57vh4aiIZQR53IhEgFEEedyIScyA7IBNqIBQgCCALc3EgCCALcXNqIBlBBXdqQdz57vh4aiITcSARIBJxc2ogMiALaiAZIBIgCHNxIBIgCHFzaiATQQV3akHc+e74eGoiFEEFd2pB3Pnu+HhqIhlBHnciCGogMyARaiAZIBRBHnciCyATQR53IhNzcSALIBNxc2ogPCASaiATIBFzIBRxIBMgEXFzaiAZQQV3akHc+e74eGoiFEEFd2pB3Pnu+HhqIhlBHnciESAUQR53IhJzIEIgE2ogFCAIIAtzcSAIIAtxc2ogGUEFd2pB3Pnu+HhqIhNxIBEgEnFzaiA9IAtqIBIgCHMgGXEgEiAIcXNqIBNBBXdqQdz57vh4aiIUQQV3akHc+e74eGoiGUEedyIIaiA5IBNBHnciC2ogCCAUQR53IhNzIEMgEmogFCALIBFzcSALIBFxc2ogGUEFd2pB3Pnu+HhqIhJxIAggE3FzaiA+IBFqIBkgEyALc3EgEyALcXNqIBJBBXdqQdz57vh4aiIUQQV3akHc+e74eGoiGSAUQR53IgsgEkEedyIRc3EgCyARcXNqIEggE2ogESAIcyAUcSARIAhxc2ogGUEFd2pB3Pnu+HhqIhJBBXdqQdz57vh4aiITQR53IhRqIEkgC2ogEkEedyIaIBlBHnciCHMgE3NqIEQgEWogEiAIIAtzcSAIIAtxc2ogE0EFd2pB3Pnu+HhqIgtBBXdqQdaDi9N8aiIRQR53IhIgC0EedyITcyBAIAhqIBQgGnMgC3NqIBFBBXdqQdaDi9N8aiIIc2ogRSAaaiATIBRzIBFzaiAIQQV3akHWg4vTfGoiC0EFd2pB1oOL03xqIhFBHnciFGogTyASaiALQR53IhkgCEEedyIIcyARc2ogQSATaiAIIBJzIAtzaiARQQV3akHWg4vTfGoiC0EFd2pB1oOL03xqIhFBHnciEiALQR53IhNzIEsgCGogFCAZcyALc2ogEUEFd2pB1oOL03xqIghzaiBGIBlqIBMgFHMgEXNqIAhBBXdqQdaDi9N8aiILQQV3akHWg4vTfGoiEUEedyIUaiBHIBJqIAtBHnciGSAIQR53IghzIBFzaiBMIBNqIAggEnMgC3NqIBFBBXdqQdaDi9N8aiILQQV3akHWg4vTfGoiEUEedyISIAtBHnciE3MgSCA+cyBKcyBRc0EBdyIaIAhqIBQgGXMgC3NqIBFBBXdqQdaDi9N8aiIIc2ogTSAZaiATIBRzIBFzaiAIQQV3akHWg4vTfGoiC0EFd2pB1oOL03xqIhFBHnciFGogTiASaiALQR53IhkgCEEedyIIcyARc2ogSSA/cyBLcyAac0EBdyIbIBNqIAggEnMgC3NqIBFBBXdqQdaDi9N8aiILQQV3akHWg4vTfGoiEUEedyISIAtBHnciE3MgRSBJcyBRcyBQc0EBdyIcIAhqIBQgGXMgC3NqIBFBBXdqQdaDi9N8aiIIc2ogSiBAcyBMcyAbc0EBdyAZaiATIBRzIBFzaiAIQQV3akHWg4vTfGoiC0EFd2pB1oOL03xqIhEgBmohBiAHIE8gSnMgGnMgHHNBAXdqIBNqIAhBHnciCCAScyALc2ogEUEFd2pB1oOL03xqIQcgC0EedyACaiECIAggBWohBSASIARqIQQgAUHAAGoiASADRw0ACyAAIAQ2AhAgACAFNgIMIAAgAjYCCCAAIAY2AgQgACAHNgIAC+MjAgJ/D34gACABKQA4IgQgASkAKCIFIAEpABgiBiABKQAIIgcgACkDACIIIAEpAAAiCSAAKQMQIgqFIgunIgJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSALQiCIp0H/AXFBA3RBkLLAAGopAwCFIAtCMIinQf8BcUEDdEGQwsAAaikDAIV9hSIMpyIDQRV2QfgPcUGQssAAaikDACADQQV2QfgPcUGQwsAAaikDAIUgDEIoiKdB/wFxQQN0QZCiwABqKQMAhSAMQjiIp0EDdEGQksAAaikDAIUgC3xCBX4gASkAECINIAJBFXZB+A9xQZCywABqKQMAIAJBBXZB+A9xQZDCwABqKQMAhSALQiiIp0H/AXFBA3RBkKLAAGopAwCFIAtCOIinQQN0QZCSwABqKQMAhSAAKQMIIg58QgV+IANBDXZB+A9xQZCiwABqKQMAIANB/wFxQQN0QZCSwABqKQMAhSAMQiCIp0H/AXFBA3RBkLLAAGopAwCFIAxCMIinQf8BcUEDdEGQwsAAaikDAIV9hSILpyICQQ12QfgPcUGQosAAaikDACACQf8BcUEDdEGQksAAaikDAIUgC0IgiKdB/wFxQQN0QZCywABqKQMAhSALQjCIp0H/AXFBA3RBkMLAAGopAwCFfYUiD6ciA0EVdkH4D3FBkLLAAGopAwAgA0EFdkH4D3FBkMLAAGopAwCFIA9CKIinQf8BcUEDdEGQosAAaikDAIUgD0I4iKdBA3RBkJLAAGopAwCFIAt8QgV+IAEpACAiECACQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgC0IoiKdB/wFxQQN0QZCiwABqKQMAhSALQjiIp0EDdEGQksAAaikDAIUgDHxCBX4gA0ENdkH4D3FBkKLAAGopAwAgA0H/AXFBA3RBkJLAAGopAwCFIA9CIIinQf8BcUEDdEGQssAAaikDAIUgD0IwiKdB/wFxQQN0QZDCwABqKQMAhX2FIgunIgJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSALQiCIp0H/AXFBA3RBkLLAAGopAwCFIAtCMIinQf8BcUEDdEGQwsAAaikDAIV9hSIMpyIDQRV2QfgPcUGQssAAaikDACADQQV2QfgPcUGQwsAAaikDAIUgDEIoiKdB/wFxQQN0QZCiwABqKQMAhSAMQjiIp0EDdEGQksAAaikDAIUgC3xCBX4gASkAMCIRIAJBFXZB+A9xQZCywABqKQMAIAJBBXZB+A9xQZDCwABqKQMAhSALQiiIp0H/AXFBA3RBkKLAAGopAwCFIAtCOIinQQN0QZCSwABqKQMAhSAPfEIFfiADQQ12QfgPcUGQosAAaikDACADQf8BcUEDdEGQksAAaikDAIUgDEIgiKdB/wFxQQN0QZCywABqKQMAhSAMQjCIp0H/AXFBA3RBkMLAAGopAwCFfYUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX2FIg+nIgJBFXZB+A9xQZCywABqKQMAIAJBBXZB+A9xQZDCwABqKQMAhSAPQiiIp0H/AXFBA3RBkKLAAGopAwCFIA9COIinQQN0QZCSwABqKQMAhSALfEIFfiARIAYgCSAEQtq06dKly5at2gCFfEIBfCIJIAeFIgcgDXwiDSAHQn+FQhOGhX0iEiAQhSIGIAV8IhAgBkJ/hUIXiIV9IhEgBIUiBSAJfCIJIAFBFXZB+A9xQZCywABqKQMAIAFBBXZB+A9xQZDCwABqKQMAhSALQiiIp0H/AXFBA3RBkKLAAGopAwCFIAtCOIinQQN0QZCSwABqKQMAhSAMfEIFfiACQQ12QfgPcUGQosAAaikDACACQf8BcUEDdEGQksAAaikDAIUgD0IgiKdB/wFxQQN0QZCywABqKQMAhSAPQjCIp0H/AXFBA3RBkMLAAGopAwCFfYUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gByAJIAVCf4VCE4aFfSIHhSIMpyICQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgDEIoiKdB/wFxQQN0QZCiwABqKQMAhSAMQjiIp0EDdEGQksAAaikDAIUgC3xCB34gAUEVdkH4D3FBkLLAAGopAwAgAUEFdkH4D3FBkMLAAGopAwCFIAtCKIinQf8BcUEDdEGQosAAaikDAIUgC0I4iKdBA3RBkJLAAGopAwCFIA98Qgd+IAJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSAMQiCIp0H/AXFBA3RBkLLAAGopAwCFIAxCMIinQf8BcUEDdEGQwsAAaikDAIV9IAcgDYUiBIUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gBCASfCINhSIPpyICQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgD0IoiKdB/wFxQQN0QZCiwABqKQMAhSAPQjiIp0EDdEGQksAAaikDAIUgC3xCB34gAUEVdkH4D3FBkLLAAGopAwAgAUEFdkH4D3FBkMLAAGopAwCFIAtCKIinQf8BcUEDdEGQosAAaikDAIUgC0I4iKdBA3RBkJLAAGopAwCFIAx8Qgd+IAJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSAPQiCIp0H/AXFBA3RBkLLAAGopAwCFIA9CMIinQf8BcUEDdEGQwsAAaikDAIV9IAYgDSAEQn+FQheIhX0iBoUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gBiAQhSIQhSIMpyICQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgDEIoiKdB/wFxQQN0QZCiwABqKQMAhSAMQjiIp0EDdEGQksAAaikDAIUgC3xCB34gAUEVdkH4D3FBkLLAAGopAwAgAUEFdkH4D3FBkMLAAGopAwCFIAtCKIinQf8BcUEDdEGQosAAaikDAIUgC0I4iKdBA3RBkJLAAGopAwCFIA98Qgd+IAJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSAMQiCIp0H/AXFBA3RBkLLAAGopAwCFIAxCMIinQf8BcUEDdEGQwsAAaikDAIV9IBAgEXwiEYUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gBSARQpDk0LKH067ufoV8QgF8IgWFIg+nIgJBFXZB+A9xQZCywABqKQMAIAJBBXZB+A9xQZDCwABqKQMAhSAPQiiIp0H/AXFBA3RBkKLAAGopAwCFIA9COIinQQN0QZCSwABqKQMAhSALfEIHfiABQRV2QfgPcUGQssAAaikDACABQQV2QfgPcUGQwsAAaikDAIUgC0IoiKdB/wFxQQN0QZCiwABqKQMAhSALQjiIp0EDdEGQksAAaikDAIUgDHxCB34gAkENdkH4D3FBkKLAAGopAwAgAkH/AXFBA3RBkJLAAGopAwCFIA9CIIinQf8BcUEDdEGQssAAaikDAIUgD0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gESANIAkgBULatOnSpcuWrdoAhXxCAXwiCyAHhSIMIAR8IgkgDEJ/hUIThoV9Ig0gBoUiBCAQfCIQIARCf4VCF4iFfSIRIAWFIgcgC3wiBoUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gDCAGIAdCf4VCE4aFfSIGhSIMpyICQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgDEIoiKdB/wFxQQN0QZCiwABqKQMAhSAMQjiIp0EDdEGQksAAaikDAIUgC3xCCX4gAUEVdkH4D3FBkLLAAGopAwAgAUEFdkH4D3FBkMLAAGopAwCFIAtCKIinQf8BcUEDdEGQosAAaikDAIUgC0I4iKdBA3RBkJLAAGopAwCFIA98Qgl+IAJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSAMQiCIp0H/AXFBA3RBkLLAAGopAwCFIAxCMIinQf8BcUEDdEGQwsAAaikDAIV9IAYgCYUiBoUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gBiANfCIFhSIPpyICQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgD0IoiKdB/wFxQQN0QZCiwABqKQMAhSAPQjiIp0EDdEGQksAAaikDAIUgC3xCCX4gAUEVdkH4D3FBkLLAAGopAwAgAUEFdkH4D3FBkMLAAGopAwCFIAtCKIinQf8BcUEDdEGQosAAaikDAIUgC0I4iKdBA3RBkJLAAGopAwCFIAx8Qgl+IAJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSAPQiCIp0H/AXFBA3RBkLLAAGopAwCFIA9CMIinQf8BcUEDdEGQwsAAaikDAIV9IAQgBSAGQn+FQheIhX0iDIUiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gDCAQhSIEhSIMpyICQRV2QfgPcUGQssAAaikDACACQQV2QfgPcUGQwsAAaikDAIUgDEIoiKdB/wFxQQN0QZCiwABqKQMAhSAMQjiIp0EDdEGQksAAaikDAIUgC3xCCX4gAUEVdkH4D3FBkLLAAGopAwAgAUEFdkH4D3FBkMLAAGopAwCFIAtCKIinQf8BcUEDdEGQosAAaikDAIUgC0I4iKdBA3RBkJLAAGopAwCFIA98Qgl+IAJBDXZB+A9xQZCiwABqKQMAIAJB/wFxQQN0QZCSwABqKQMAhSAMQiCIp0H/AXFBA3RBkLLAAGopAwCFIAxCMIinQf8BcUEDdEGQwsAAaikDAIV9IAQgEXwiD4UiC6ciAUENdkH4D3FBkKLAAGopAwAgAUH/AXFBA3RBkJLAAGopAwCFIAtCIIinQf8BcUEDdEGQssAAaikDAIUgC0IwiKdB/wFxQQN0QZDCwABqKQMAhX0gByAPQpDk0LKH067ufoV8QgF8hSIPIA59NwMIIAAgCiABQRV2QfgPcUGQssAAaikDACABQQV2QfgPcUGQwsAAaikDAIUgC0IoiKdB/wFxQQN0QZCiwABqKQMAhSALQjiIp0EDdEGQksAAaikDAIUgDHxCCX58IA+nIgFBDXZB+A9xQZCiwABqKQMAIAFB/wFxQQN0QZCSwABqKQMAhSAPQiCIp0H/AXFBA3RBkLLAAGopAwCFIA9CMIinQf8BcUEDdEGQwsAAaikDAIV9NwMQIAAgCCABQRV2QfgPcUGQssAAaikDACABQQV2QfgPcUGQwsAAaikDAIUgD0IoiKdB/wFxQQN0QZCiwABqKQMAhSAPQjiIp0EDdEGQksAAaikDAIUgC3xCCX6FNwMAC4kbASB/IAAgACgCBCABKAAIIgVqIAAoAhQiBmoiByABKAAMIghqIAcgA0IgiKdzQRB3IglBhd2e23tqIgogBnNBFHciC2oiDCABKAAoIgZqIAAoAgggASgAECIHaiAAKAIYIg1qIg4gASgAFCIPaiAOIAJB/wFxc0EQdyICQfLmu+MDaiIOIA1zQRR3Ig1qIhAgAnNBGHciESAOaiISIA1zQRl3IhNqIhQgASgALCICaiAUIAAoAgAgASgAACINaiAAKAIQIhVqIhYgASgABCIOaiAWIAOnc0EQdyIWQefMp9AGaiIXIBVzQRR3IhhqIhkgFnNBGHciFnNBEHciGiAAKAIMIAEoABgiFGogACgCHCIbaiIcIAEoABwiFWogHCAEQf8BcXNBEHciBEG66r+qemoiHCAbc0EUdyIbaiIdIARzQRh3Ih4gHGoiHGoiHyATc0EUdyITaiIgIAhqIBkgASgAICIEaiAMIAlzQRh3IgwgCmoiGSALc0EZdyIKaiILIAEoACQiCWogCyAec0EQdyILIBJqIhIgCnNBFHciCmoiHiALc0EYdyIhIBJqIhIgCnNBGXciImoiIyAGaiAjIBAgASgAMCIKaiAcIBtzQRl3IhBqIhsgASgANCILaiAbIAxzQRB3IgwgFiAXaiIWaiIXIBBzQRR3IhBqIhsgDHNBGHciHHNBEHciIyAdIAEoADgiDGogFiAYc0EZdyIWaiIYIAEoADwiAWogGCARc0EQdyIRIBlqIhggFnNBFHciFmoiGSARc0EYdyIRIBhqIhhqIh0gInNBFHciImoiJCAKaiAbIBVqICAgGnNBGHciGiAfaiIbIBNzQRl3IhNqIh8gDWogHyARc0EQdyIRIBJqIhIgE3NBFHciE2oiHyARc0EYdyIRIBJqIhIgE3NBGXciE2oiICAPaiAgIB4gBWogGCAWc0EZdyIWaiIYIBRqIBggGnNBEHciGCAcIBdqIhdqIhogFnNBFHciFmoiHCAYc0EYdyIYc0EQdyIeIBkgB2ogFyAQc0EZdyIQaiIXIAtqIBcgIXNBEHciFyAbaiIZIBBzQRR3IhBqIhsgF3NBGHciFyAZaiIZaiIgIBNzQRR3IhNqIiEgBmogHCAOaiAkICNzQRh3IhwgHWoiHSAic0EZdyIiaiIjIAJqICMgF3NBEHciFyASaiISICJzQRR3IiJqIiMgF3NBGHciFyASaiISICJzQRl3IiJqIiQgCmogJCAfIAlqIBkgEHNBGXciEGoiGSAMaiAZIBxzQRB3IhkgGCAaaiIYaiIaIBBzQRR3IhBqIhwgGXNBGHciGXNBEHciHyAbIAFqIBggFnNBGXciFmoiGCAEaiAYIBFzQRB3IhEgHWoiGCAWc0EUdyIWaiIbIBFzQRh3IhEgGGoiGGoiHSAic0EUdyIiaiIkIAlqIBwgC2ogISAec0EYdyIcICBqIh4gE3NBGXciE2oiICAFaiAgIBFzQRB3IhEgEmoiEiATc0EUdyITaiIgIBFzQRh3IhEgEmoiEiATc0EZdyITaiIhIA1qICEgIyAIaiAYIBZzQRl3IhZqIhggB2ogGCAcc0EQdyIYIBkgGmoiGWoiGiAWc0EUdyIWaiIcIBhzQRh3IhhzQRB3IiEgGyAVaiAZIBBzQRl3IhBqIhkgDGogGSAXc0EQdyIXIB5qIhkgEHNBFHciEGoiGyAXc0EYdyIXIBlqIhlqIh4gE3NBFHciE2oiIyAKaiAcIBRqICQgH3NBGHciHCAdaiIdICJzQRl3Ih9qIiIgD2ogIiAXc0EQdyIXIBJqIhIgH3NBFHciH2oiIiAXc0EYdyIXIBJqIhIgH3NBGXciH2oiJCAJaiAkICAgAmogGSAQc0EZdyIQaiIZIAFqIBkgHHNBEHciGSAYIBpqIhhqIhogEHNBFHciEGoiHCAZc0EYdyIZc0EQdyIgIBsgBGogGCAWc0EZdyIWaiIYIA5qIBggEXNBEHciESAdaiIYIBZzQRR3IhZqIhsgEXNBGHciESAYaiIYaiIdIB9zQRR3Ih9qIiQgAmogHCAMaiAjICFzQRh3IhwgHmoiHiATc0EZdyITaiIhIAhqICEgEXNBEHciESASaiISIBNzQRR3IhNqIiEgEXNBGHciESASaiISIBNzQRl3IhNqIiMgBWogIyAiIAZqIBggFnNBGXciFmoiGCAVaiAYIBxzQRB3IhggGSAaaiIZaiIaIBZzQRR3IhZqIhwgGHNBGHciGHNBEHciIiAbIAtqIBkgEHNBGXciEGoiGSABaiAZIBdzQRB3IhcgHmoiGSAQc0EUdyIQaiIbIBdzQRh3IhcgGWoiGWoiHiATc0EUdyITaiIjIAlqIBwgB2ogJCAgc0EYdyIcIB1qIh0gH3NBGXciH2oiICANaiAgIBdzQRB3IhcgEmoiEiAfc0EUdyIfaiIgIBdzQRh3IhcgEmoiEiAfc0EZdyIfaiIkIAJqICQgISAPaiAZIBBzQRl3IhBqIhkgBGogGSAcc0EQdyIZIBggGmoiGGoiGiAQc0EUdyIQaiIcIBlzQRh3IhlzQRB3IiEgGyAOaiAYIBZzQRl3IhZqIhggFGogGCARc0EQdyIRIB1qIhggFnNBFHciFmoiGyARc0EYdyIRIBhqIhhqIh0gH3NBFHciH2oiJCAPaiAcIAFqICMgInNBGHciHCAeaiIeIBNzQRl3IhNqIiIgBmogIiARc0EQdyIRIBJqIhIgE3NBFHciE2oiIiARc0EYdyIRIBJqIhIgE3NBGXciE2oiIyAIaiAjICAgCmogGCAWc0EZdyIWaiIYIAtqIBggHHNBEHciGCAZIBpqIhlqIhogFnNBFHciFmoiHCAYc0EYdyIYc0EQdyIgIBsgDGogGSAQc0EZdyIQaiIZIARqIBkgF3NBEHciFyAeaiIZIBBzQRR3IhBqIhsgF3NBGHciFyAZaiIZaiIeIBNzQRR3IhNqIiMgAmogHCAVaiAkICFzQRh3IhwgHWoiHSAfc0EZdyIfaiIhIAVqICEgF3NBEHciFyASaiISIB9zQRR3Ih9qIiEgF3NBGHciFyASaiISIB9zQRl3Ih9qIiQgD2ogJCAiIA1qIBkgEHNBGXciEGoiGSAOaiAZIBxzQRB3IhkgGCAaaiIYaiIaIBBzQRR3IhBqIhwgGXNBGHciGXNBEHciIiAbIBRqIBggFnNBGXciFmoiGCAHaiAYIBFzQRB3IhEgHWoiGCAWc0EUdyIWaiIbIBFzQRh3IhEgGGoiGGoiHSAfc0EUdyIfaiIkIA1qIBwgBGogIyAgc0EYdyIcIB5qIh4gE3NBGXciE2oiICAKaiAgIBFzQRB3IhEgEmoiEiATc0EUdyITaiIgIBFzQRh3IhEgEmoiEiATc0EZdyITaiIjIAZqICMgISAJaiAYIBZzQRl3IhZqIhggDGogGCAcc0EQdyIYIBkgGmoiGWoiGiAWc0EUdyIWaiIcIBhzQRh3IhhzQRB3IiEgGyABaiAZIBBzQRl3IhBqIhkgDmogGSAXc0EQdyIXIB5qIhkgEHNBFHciEGoiGyAXc0EYdyIXIBlqIhlqIh4gE3NBFHciE2oiIyAPaiAcIAtqICQgInNBGHciDyAdaiIcIB9zQRl3Ih1qIh8gCGogHyAXc0EQdyIXIBJqIhIgHXNBFHciHWoiHyAXc0EYdyIXIBJqIhIgHXNBGXciHWoiIiANaiAiICAgBWogGSAQc0EZdyINaiIQIBRqIBAgD3NBEHciDyAYIBpqIhBqIhggDXNBFHciDWoiGSAPc0EYdyIPc0EQdyIaIBsgB2ogECAWc0EZdyIQaiIWIBVqIBYgEXNBEHciESAcaiIWIBBzQRR3IhBqIhsgEXNBGHciESAWaiIWaiIcIB1zQRR3Ih1qIiAgBWogGSAOaiAjICFzQRh3IgUgHmoiDiATc0EZdyITaiIZIAlqIBkgEXNBEHciCSASaiIRIBNzQRR3IhJqIhMgCXNBGHciCSARaiIRIBJzQRl3IhJqIhkgCmogGSAfIAJqIBYgEHNBGXciAmoiCiABaiAKIAVzQRB3IgEgDyAYaiIFaiIPIAJzQRR3IgJqIgogAXNBGHciAXNBEHciECAbIARqIAUgDXNBGXciBWoiDSAUaiANIBdzQRB3Ig0gDmoiDiAFc0EUdyIFaiIUIA1zQRh3Ig0gDmoiDmoiBCASc0EUdyISaiIWIBBzQRh3IhAgBGoiBCAUIBVqIAEgD2oiASACc0EZdyIPaiICIAtqIAIgCXNBEHciAiAgIBpzQRh3IhQgHGoiFWoiCSAPc0EUdyIPaiILczYCDCAAIAYgCiAMaiAVIB1zQRl3IhVqIgpqIAogDXNBEHciBiARaiINIBVzQRR3IhVqIgogBnNBGHciBiANaiINIAcgEyAIaiAOIAVzQRl3IgVqIghqIAggFHNBEHciCCABaiIBIAVzQRR3IgVqIgdzNgIIIAAgCyACc0EYdyICIAlqIg4gFnM2AgQgACAHIAhzQRh3IgggAWoiASAKczYCACAAIAEgBXNBGXcgBnM2AhwgACAEIBJzQRl3IAJzNgIYIAAgDSAVc0EZdyAIczYCFCAAIA4gD3NBGXcgEHM2AhAL6CICCH8BfgJAAkACQAJAAkACQAJAAkAgAEH1AUkNAEEAIQEgAEHN/3tPDQUgAEELaiIAQXhxIQJBACgCoNZAIgNFDQRBACEEAkAgAkGAAkkNAEEfIQQgAkH///8HSw0AIAJBBiAAQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBAtBACACayEBAkAgBEECdEGE08AAaigCACIFDQBBACEAQQAhBgwCC0EAIQAgAkEAQRkgBEEBdmsgBEEfRht0IQdBACEGA0ACQCAFKAIEQXhxIgggAkkNACAIIAJrIgggAU8NACAIIQEgBSEGIAgNAEEAIQEgBSEGIAUhAAwECyAFQRRqKAIAIgggACAIIAUgB0EddkEEcWpBEGooAgAiBUcbIAAgCBshACAHQQF0IQcgBUUNAgwACwsCQEEAKAKc1kAiBkEQIABBC2pBeHEgAEELSRsiAkEDdiIBdiIAQQNxRQ0AAkACQCAAQX9zQQFxIAFqIgJBA3QiAEGU1MAAaiIBIABBnNTAAGooAgAiACgCCCIFRg0AIAUgATYCDCABIAU2AggMAQtBACAGQX4gAndxNgKc1kALIAAgAkEDdCICQQNyNgIEIAAgAmoiAiACKAIEQQFyNgIEIABBCGoPCyACQQAoAqTWQE0NAwJAAkACQCAADQBBACgCoNZAIgBFDQYgAGhBAnRBhNPAAGooAgAiBSgCBEF4cSACayEBIAUhBgNAAkAgBSgCECIADQAgBUEUaigCACIADQAgBigCGCEEAkACQAJAIAYoAgwiACAGRw0AIAZBFEEQIAZBFGoiACgCACIHG2ooAgAiBQ0BQQAhAAwCCyAGKAIIIgUgADYCDCAAIAU2AggMAQsgACAGQRBqIAcbIQcDQCAHIQggBSIAQRRqIgUgAEEQaiAFKAIAIgUbIQcgAEEUQRAgBRtqKAIAIgUNAAsgCEEANgIACyAERQ0EAkAgBigCHEECdEGE08AAaiIFKAIAIAZGDQAgBEEQQRQgBCgCECAGRhtqIAA2AgAgAEUNBQwECyAFIAA2AgAgAA0DQQBBACgCoNZAQX4gBigCHHdxNgKg1kAMBAsgACgCBEF4cSACayIFIAEgBSABSSIFGyEBIAAgBiAFGyEGIAAhBQwACwsCQAJAIAAgAXRBAiABdCIAQQAgAGtycWgiAUEDdCIAQZTUwABqIgUgAEGc1MAAaigCACIAKAIIIgdGDQAgByAFNgIMIAUgBzYCCAwBC0EAIAZBfiABd3E2ApzWQAsgACACQQNyNgIEIAAgAmoiByABQQN0IgUgAmsiAUEBcjYCBCAAIAVqIAE2AgACQEEAKAKk1kAiBkUNACAGQXhxQZTUwABqIQVBACgCrNZAIQICQAJAQQAoApzWQCIIQQEgBkEDdnQiBnENAEEAIAggBnI2ApzWQCAFIQYMAQsgBSgCCCEGCyAFIAI2AgggBiACNgIMIAIgBTYCDCACIAY2AggLQQAgBzYCrNZAQQAgATYCpNZAIABBCGoPCyAAIAQ2AhgCQCAGKAIQIgVFDQAgACAFNgIQIAUgADYCGAsgBkEUaigCACIFRQ0AIABBFGogBTYCACAFIAA2AhgLAkACQAJAIAFBEEkNACAGIAJBA3I2AgQgBiACaiICIAFBAXI2AgQgAiABaiABNgIAQQAoAqTWQCIHRQ0BIAdBeHFBlNTAAGohBUEAKAKs1kAhAAJAAkBBACgCnNZAIghBASAHQQN2dCIHcQ0AQQAgCCAHcjYCnNZAIAUhBwwBCyAFKAIIIQcLIAUgADYCCCAHIAA2AgwgACAFNgIMIAAgBzYCCAwBCyAGIAEgAmoiAEEDcjYCBCAGIABqIgAgACgCBEEBcjYCBAwBC0EAIAI2AqzWQEEAIAE2AqTWQAsgBkEIag8LAkAgACAGcg0AQQAhBkECIAR0IgBBACAAa3IgA3EiAEUNAyAAaEECdEGE08AAaigCACEACyAARQ0BCwNAIAAgBiAAKAIEQXhxIgUgAmsiCCABSSIEGyEDIAUgAkkhByAIIAEgBBshCAJAIAAoAhAiBQ0AIABBFGooAgAhBQsgBiADIAcbIQYgASAIIAcbIQEgBSEAIAUNAAsLIAZFDQACQEEAKAKk1kAiACACSQ0AIAEgACACa08NAQsgBigCGCEEAkACQAJAIAYoAgwiACAGRw0AIAZBFEEQIAZBFGoiACgCACIHG2ooAgAiBQ0BQQAhAAwCCyAGKAIIIgUgADYCDCAAIAU2AggMAQsgACAGQRBqIAcbIQcDQCAHIQggBSIAQRRqIgUgAEEQaiAFKAIAIgUbIQcgAEEUQRAgBRtqKAIAIgUNAAsgCEEANgIACyAERQ0DAkAgBigCHEECdEGE08AAaiIFKAIAIAZGDQAgBEEQQRQgBCgCECAGRhtqIAA2AgAgAEUNBAwDCyAFIAA2AgAgAA0CQQBBACgCoNZAQX4gBigCHHdxNgKg1kAMAwsCQAJAAkACQAJAAkBBACgCpNZAIgAgAk8NAAJAQQAoAqjWQCIAIAJLDQBBACEBIAJBr4AEaiIFQRB2QAAiAEF/RiIHDQcgAEEQdCIGRQ0HQQBBACgCtNZAQQAgBUGAgHxxIAcbIghqIgA2ArTWQEEAQQAoArjWQCIBIAAgASAASxs2ArjWQAJAAkACQEEAKAKw1kAiAUUNAEGE1MAAIQADQCAAKAIAIgUgACgCBCIHaiAGRg0CIAAoAggiAA0ADAMLCwJAAkBBACgCwNZAIgBFDQAgACAGTQ0BC0EAIAY2AsDWQAtBAEH/HzYCxNZAQQAgCDYCiNRAQQAgBjYChNRAQQBBlNTAADYCoNRAQQBBnNTAADYCqNRAQQBBlNTAADYCnNRAQQBBpNTAADYCsNRAQQBBnNTAADYCpNRAQQBBrNTAADYCuNRAQQBBpNTAADYCrNRAQQBBtNTAADYCwNRAQQBBrNTAADYCtNRAQQBBvNTAADYCyNRAQQBBtNTAADYCvNRAQQBBxNTAADYC0NRAQQBBvNTAADYCxNRAQQBBzNTAADYC2NRAQQBBxNTAADYCzNRAQQBBADYCkNRAQQBB1NTAADYC4NRAQQBBzNTAADYC1NRAQQBB1NTAADYC3NRAQQBB3NTAADYC6NRAQQBB3NTAADYC5NRAQQBB5NTAADYC8NRAQQBB5NTAADYC7NRAQQBB7NTAADYC+NRAQQBB7NTAADYC9NRAQQBB9NTAADYCgNVAQQBB9NTAADYC/NRAQQBB/NTAADYCiNVAQQBB/NTAADYChNVAQQBBhNXAADYCkNVAQQBBhNXAADYCjNVAQQBBjNXAADYCmNVAQQBBjNXAADYClNVAQQBBlNXAADYCoNVAQQBBnNXAADYCqNVAQQBBlNXAADYCnNVAQQBBpNXAADYCsNVAQQBBnNXAADYCpNVAQQBBrNXAADYCuNVAQQBBpNXAADYCrNVAQQBBtNXAADYCwNVAQQBBrNXAADYCtNVAQQBBvNXAADYCyNVAQQBBtNXAADYCvNVAQQBBxNXAADYC0NVAQQBBvNXAADYCxNVAQQBBzNXAADYC2NVAQQBBxNXAADYCzNVAQQBB1NXAADYC4NVAQQBBzNXAADYC1NVAQQBB3NXAADYC6NVAQQBB1NXAADYC3NVAQQBB5NXAADYC8NVAQQBB3NXAADYC5NVAQQBB7NXAADYC+NVAQQBB5NXAADYC7NVAQQBB9NXAADYCgNZAQQBB7NXAADYC9NVAQQBB/NXAADYCiNZAQQBB9NXAADYC/NVAQQBBhNbAADYCkNZAQQBB/NXAADYChNZAQQBBjNbAADYCmNZAQQBBhNbAADYCjNZAQQAgBjYCsNZAQQBBjNbAADYClNZAQQAgCEFYaiIANgKo1kAgBiAAQQFyNgIEIAYgAGpBKDYCBEEAQYCAgAE2ArzWQAwICyABIAZPDQAgBSABSw0AIAAoAgxFDQMLQQBBACgCwNZAIgAgBiAAIAZJGzYCwNZAIAYgCGohBUGE1MAAIQACQAJAAkADQCAAKAIAIAVGDQEgACgCCCIADQAMAgsLIAAoAgxFDQELQYTUwAAhAAJAA0ACQCAAKAIAIgUgAUsNACAFIAAoAgRqIgUgAUsNAgsgACgCCCEADAALC0EAIAY2ArDWQEEAIAhBWGoiADYCqNZAIAYgAEEBcjYCBCAGIABqQSg2AgRBAEGAgIABNgK81kAgASAFQWBqQXhxQXhqIgAgACABQRBqSRsiB0EbNgIEQQApAoTUQCEJIAdBEGpBACkCjNRANwIAIAcgCTcCCEEAIAg2AojUQEEAIAY2AoTUQEEAIAdBCGo2AozUQEEAQQA2ApDUQCAHQRxqIQADQCAAQQc2AgAgAEEEaiIAIAVJDQALIAcgAUYNByAHIAcoAgRBfnE2AgQgASAHIAFrIgBBAXI2AgQgByAANgIAAkAgAEGAAkkNACABIAAQMgwICyAAQXhxQZTUwABqIQUCQAJAQQAoApzWQCIGQQEgAEEDdnQiAHENAEEAIAYgAHI2ApzWQCAFIQAMAQsgBSgCCCEACyAFIAE2AgggACABNgIMIAEgBTYCDCABIAA2AggMBwsgACAGNgIAIAAgACgCBCAIajYCBCAGIAJBA3I2AgQgBSAGIAJqIgBrIQIgBUEAKAKw1kBGDQMgBUEAKAKs1kBGDQQCQCAFKAIEIgFBA3FBAUcNACAFIAFBeHEiARAuIAEgAmohAiAFIAFqIgUoAgQhAQsgBSABQX5xNgIEIAAgAkEBcjYCBCAAIAJqIAI2AgACQCACQYACSQ0AIAAgAhAyDAYLIAJBeHFBlNTAAGohAQJAAkBBACgCnNZAIgVBASACQQN2dCICcQ0AQQAgBSACcjYCnNZAIAEhAgwBCyABKAIIIQILIAEgADYCCCACIAA2AgwgACABNgIMIAAgAjYCCAwFC0EAIAAgAmsiATYCqNZAQQBBACgCsNZAIgAgAmoiBTYCsNZAIAUgAUEBcjYCBCAAIAJBA3I2AgQgAEEIaiEBDAYLQQAoAqzWQCEBAkACQCAAIAJrIgVBD0sNAEEAQQA2AqzWQEEAQQA2AqTWQCABIABBA3I2AgQgASAAaiIAIAAoAgRBAXI2AgQMAQtBACAFNgKk1kBBACABIAJqIgY2AqzWQCAGIAVBAXI2AgQgASAAaiAFNgIAIAEgAkEDcjYCBAsgAUEIag8LIAAgByAIajYCBEEAQQAoArDWQCIAQQ9qQXhxIgFBeGoiBTYCsNZAQQAgACABa0EAKAKo1kAgCGoiAWpBCGoiBjYCqNZAIAUgBkEBcjYCBCAAIAFqQSg2AgRBAEGAgIABNgK81kAMAwtBACAANgKw1kBBAEEAKAKo1kAgAmoiAjYCqNZAIAAgAkEBcjYCBAwBC0EAIAA2AqzWQEEAQQAoAqTWQCACaiICNgKk1kAgACACQQFyNgIEIAAgAmogAjYCAAsgBkEIag8LQQAhAUEAKAKo1kAiACACTQ0AQQAgACACayIBNgKo1kBBAEEAKAKw1kAiACACaiIFNgKw1kAgBSABQQFyNgIEIAAgAkEDcjYCBCAAQQhqDwsgAQ8LIAAgBDYCGAJAIAYoAhAiBUUNACAAIAU2AhAgBSAANgIYCyAGQRRqKAIAIgVFDQAgAEEUaiAFNgIAIAUgADYCGAsCQAJAIAFBEEkNACAGIAJBA3I2AgQgBiACaiIAIAFBAXI2AgQgACABaiABNgIAAkAgAUGAAkkNACAAIAEQMgwCCyABQXhxQZTUwABqIQICQAJAQQAoApzWQCIFQQEgAUEDdnQiAXENAEEAIAUgAXI2ApzWQCACIQEMAQsgAigCCCEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggMAQsgBiABIAJqIgBBA3I2AgQgBiAAaiIAIAAoAgRBAXI2AgQLIAZBCGoLlRwCAn8DfiMAQeABayIDJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACQX1qDgkDDwkMAQQPAgAPCwJAAkACQAJAIAFBl4DAAEELEGdFDQAgAUGigMAAQQsQZ0UNASABQa2AwABBCxBnRQ0CIAFBuIDAAEELEGdFDQMgAUHDgMAAQQsQZw0SQQAtAM3WQBpB0AEQFyIBRQ0YIAFC+cL4m5Gjs/DbADcDOCABQuv6htq/tfbBHzcDMCABQp/Y+dnCkdqCm383AyggAULRhZrv+s+Uh9EANwMgIAFC8e30+KWn/aelfzcDGCABQqvw0/Sv7ry3PDcDECABQrvOqqbY0Ouzu383AwggAUK4kveV/8z5hOoANwMAIAFBwABqQQBBiQEQZhpBBSECDBYLQQAtAM3WQBpB0AEQFyIBRQ0XIAFC+cL4m5Gjs/DbADcDOCABQuv6htq/tfbBHzcDMCABQp/Y+dnCkdqCm383AyggAULRhZrv+s+Uh9EANwMgIAFC8e30+KWn/aelfzcDGCABQqvw0/Sv7ry3PDcDECABQrvOqqbY0Ouzu383AwggAUKYkveV/8z5hOoANwMAIAFBwABqQQBBiQEQZhpBASECDBULQQAtAM3WQBpB0AEQFyIBRQ0WIAFC+cL4m5Gjs/DbADcDOCABQuv6htq/tfbBHzcDMCABQp/Y+dnCkdqCm383AyggAULRhZrv+s+Uh9EANwMgIAFC8e30+KWn/aelfzcDGCABQqvw0/Sv7ry3PDcDECABQrvOqqbY0Ouzu383AwggAUKckveV/8z5hOoANwMAIAFBwABqQQBBiQEQZhpBAiECDBQLQQAtAM3WQBpB0AEQFyIBRQ0VIAFC+cL4m5Gjs/DbADcDOCABQuv6htq/tfbBHzcDMCABQp/Y+dnCkdqCm383AyggAULRhZrv+s+Uh9EANwMgIAFC8e30+KWn/aelfzcDGCABQqvw0/Sv7ry3PDcDECABQrvOqqbY0Ouzu383AwggAUKUkveV/8z5hOoANwMAIAFBwABqQQBBiQEQZhpBAyECDBMLQQAtAM3WQBpB0AEQFyIBRQ0UIAFC+cL4m5Gjs/DbADcDOCABQuv6htq/tfbBHzcDMCABQp/Y+dnCkdqCm383AyggAULRhZrv+s+Uh9EANwMgIAFC8e30+KWn/aelfzcDGCABQqvw0/Sv7ry3PDcDECABQrvOqqbY0Ouzu383AwggAUKokveV/8z5hOoANwMAIAFBwABqQQBBiQEQZhpBBCECDBILIAFBkIDAAEEHEGdFDRACQCABQc6AwABBBxBnRQ0AIAFBmIHAACACEGdFDQQgAUGfgcAAIAIQZ0UNBSABQaaBwAAgAhBnRQ0GIAFBrYHAACACEGcNDkEALQDN1kAaQdgBEBciAUUNFCABQThqQQApA7iCQDcDACABQTBqQQApA7CCQDcDACABQShqQQApA6iCQDcDACABQSBqQQApA6CCQDcDACABQRhqQQApA5iCQDcDACABQRBqQQApA5CCQDcDACABQQhqQQApA4iCQDcDACABQQApA4CCQDcDACABQcAAakEAQZEBEGYaQRchAgwSC0EALQDN1kAaQfAAEBciAUUNEyABQquzj/yRo7Pw2wA3AxggAUL/pLmIxZHagpt/NwMQIAFC8ua746On/aelfzcDCCABQsfMo9jW0Ouzu383AwAgAUEgakEAQckAEGYaQQYhAgwRCwJAAkACQAJAIAFB24DAAEEKEGdFDQAgAUHlgMAAQQoQZ0UNASABQe+AwABBChBnRQ0CIAFB+YDAAEEKEGdFDQMgAUGJgcAAQQoQZw0QQQAtAM3WQBpB6AAQFyIBRQ0WIAFCADcDACABQQApA8CDQDcDCCABQRBqQQApA8iDQDcDACABQRhqQQAoAtCDQDYCACABQSBqQQBBwQAQZhpBDiECDBQLQQAtAM3WQBpB6AIQFyIBRQ0VIAFBAEHIARBmIgJBGDYCyAEgAkHQAWpBAEGRARBmGkEIIQIMEwtBAC0AzdZAGkHgAhAXIgFFDRQgAUEAQcgBEGYiAkEYNgLIASACQdABakEAQYkBEGYaQQkhAgwSC0EALQDN1kAaQcACEBciAUUNEyABQQBByAEQZiICQRg2AsgBIAJB0AFqQQBB6QAQZhpBCiECDBELQQAtAM3WQBpBoAIQFyIBRQ0SIAFBAEHIARBmIgJBGDYCyAEgAkHQAWpBAEHJABBmGkELIQIMEAsCQCABQYOBwABBAxBnRQ0AIAFBhoHAAEEDEGcNDEEALQDN1kAaQeAAEBciAUUNEiABQv6568XpjpWZEDcDCCABQoHGlLqW8ermbzcDACABQRBqQQBByQAQZhpBDSECDBALQQAtAM3WQBpB4AAQFyIBRQ0RIAFC/rnrxemOlZkQNwMIIAFCgcaUupbx6uZvNwMAIAFBEGpBAEHJABBmGkEMIQIMDwsCQAJAAkACQCABKQAAQtOQhZrTxYyZNFENACABKQAAQtOQhZrTxcyaNlENASABKQAAQtOQhZrT5YycNFENAiABKQAAQtOQhZrTpc2YMlENAyABKQAAQtOQhdrUqIyZOFENByABKQAAQtOQhdrUyMyaNlENCQwOC0EALQDN1kAaQegCEBciAUUNEyABQQBByAEQZiICQRg2AsgBIAJB0AFqQQBBkQEQZhpBECECDBELQQAtAM3WQBpB4AIQFyIBRQ0SIAFBAEHIARBmIgJBGDYCyAEgAkHQAWpBAEGJARBmGkERIQIMEAtBAC0AzdZAGkHAAhAXIgFFDREgAUEAQcgBEGYiAkEYNgLIASACQdABakEAQekAEGYaQRIhAgwPC0EALQDN1kAaQaACEBciAUUNECABQQBByAEQZiICQRg2AsgBIAJB0AFqQQBByQAQZhpBEyECDA4LQQAtAM3WQBpB8AAQFyIBRQ0PIAFBGGpBACkDuINANwMAIAFBEGpBACkDsINANwMAIAFBCGpBACkDqINANwMAIAFBACkDoINANwMAIAFBIGpBAEHJABBmGkEUIQIMDQtBAC0AzdZAGkHwABAXIgFFDQ4gAUEYakEAKQOYg0A3AwAgAUEQakEAKQOQg0A3AwAgAUEIakEAKQOIg0A3AwAgAUEAKQOAg0A3AwAgAUEgakEAQckAEGYaQRUhAgwMC0EALQDN1kAaQdgBEBciAUUNDSABQThqQQApA/iCQDcDACABQTBqQQApA/CCQDcDACABQShqQQApA+iCQDcDACABQSBqQQApA+CCQDcDACABQRhqQQApA9iCQDcDACABQRBqQQApA9CCQDcDACABQQhqQQApA8iCQDcDACABQQApA8CCQDcDACABQcAAakEAQZEBEGYaQRYhAgwLC0EALQDN1kAaQYADEBciAUUNDEEYIQIgAUEAQcgBEGYiBEEYNgLIASAEQdABakEAQakBEGYaDAoLIAFBk4HAAEEFEGdFDQYgAUG0gcAAQQUQZ0UNASABQbmBwABBBRBnRQ0DIAFBxIHAAEEFEGcNBUEALQDN1kAaQQgQFyIBRQ0LIAFCpcaIocicp/lLNwMAQR0hAgwJC0EALQDN1kAaQeACEBciAUUNCiABQQBByAEQZiICQRg2AsgBIAJB0AFqQQBBiQEQZhpBGSECDAgLQQAtAM3WQBpB6AAQFyIBRQ0JIAFCADcDACABQQApA+iBQDcDCCABQRBqQQApA/CBQDcDACABQRhqQQApA/iBQDcDACABQSBqQQBBwQAQZhpBGiECDAcLIAFB1YDAAEEGEGdFDQQgAUG+gcAAIAIQZ0UNASABQcmBwAAgAhBnDQJBAC0AzdZAGkEIEBciAUUNCCABQqXGiKHInKf5SzcDAEEeIQIMBgtBAC0AzdZAGkEEEBciAUUNByABQcW78oh4NgIAQRshAgwFC0EALQDN1kAaQQQQFyIBRQ0GIAFBxbvyiHg2AgBBHCECDAQLIABBz4HAADYCBCAAQQhqQRU2AgBBASEBDAQLQQAtAM3WQBpB6AAQFyIBRQ0EIAFB8MPLnnw2AhggAUL+uevF6Y6VmRA3AxAgAUKBxpS6lvHq5m83AwggAUIANwMAIAFBIGpBAEHBABBmGkEPIQIMAgsgA0G4AWpCADcDACADQbABakIANwMAIANBqAFqQgA3AwAgA0GAAWpBIGpCADcDACADQYABakEYakIANwMAIANBgAFqQRBqQgA3AwAgA0GAAWpBCGpCADcDACADQcgBakEAKQOIg0AiBTcDACADQdABakEAKQOQg0AiBjcDACADQdgBakEAKQOYg0AiBzcDACADQQhqIAU3AwAgA0EQaiAGNwMAIANBGGogBzcDACADQgA3A4ABIANBACkDgINAIgU3A8ABIAMgBTcDACADQSBqIANBgAFqQeAAEGUaQQAtAM3WQBpB+A4QFyIBRQ0DIAEgA0GAARBlIgJBhwFqQQA2AAAgAkIANwOAASACQQA2AvAOQQchAgwBC0EAIQJBAC0AzdZAGkHQARAXIgFFDQIgAUL5wvibkaOz8NsANwM4IAFC6/qG2r+19sEfNwMwIAFCn9j52cKR2oKbfzcDKCABQtGFmu/6z5SH0QA3AyAgAULx7fT4paf9p6V/NwMYIAFCq/DT9K/uvLc8NwMQIAFCu86qptjQ67O7fzcDCCABQsiS95X/zPmE6gA3AwAgAUHAAGpBAEGJARBmGgsgACACNgIEIABBCGogATYCAEEAIQELIAAgATYCACADQeABaiQADwsAC/AQARl/IAAoAgAiAyADKQMQIAKtfDcDECABIAJBBnRqIQQgAygCDCEFIAMoAgghBiADKAIEIQIgAygCACEHA0AgASgACCIIIAEoABgiCSABKAAoIgogASgAOCILIAEoADwiDCABKAAMIg0gASgAHCIOIAEoACwiDyAOIA0gDCAPIAsgCiAJIAYgCGogAiAFIAEoAAQiEGogBiACIAZxIAUgAkF/c3FyIAdqIAEoAAAiEWpB+Miqu31qQQd3IAJqIgBBf3NxaiAAIAJxakHW7p7GfmpBDHcgAGoiEkF/c3FqIBIgAHFqQdvhgaECakERdyASaiITaiACIA1qIAAgE0F/c3FqIBMgEnFqQe6d9418akEWdyATaiIUIAEoABQiFSASaiATIBQgACABKAAQIhZqIBIgFEF/c3FqIBQgE3FqQa+f8Kt/akEHd2oiAEF/c3FqIAAgFHFqQaqMn7wEakEMdyAAaiISQX9zcWogEiAAcWpBk4zBwXpqQRF3IBJqIhNqIA4gFGogACATQX9zcWogEyAScWpBgaqaampBFncgE2oiFCABKAAkIhcgEmogEyAUIAEoACAiGCAAaiASIBRBf3NxaiAUIBNxakHYsYLMBmpBB3dqIgBBf3NxaiAAIBRxakGv75PaeGpBDHcgAGoiEkF/c3FqIBIgAHFqQbG3fWpBEXcgEmoiE2ogDyAUaiAAIBNBf3NxaiATIBJxakG+r/PKeGpBFncgE2oiFCABKAA0IhkgEmogEyAUIAEoADAiGiAAaiASIBRBf3NxaiAUIBNxakGiosDcBmpBB3dqIgBBf3NxaiAAIBRxakGT4+FsakEMdyAAaiISQX9zIhtxaiASIABxakGOh+WzempBEXcgEmoiE2ogECAAaiATIBtxaiAMIBRqIAAgE0F/cyIbcWogEyAScWpBoZDQzQRqQRZ3IBNqIgAgEnFqQeLK+LB/akEFdyAAaiIUIABBf3NxaiAJIBJqIAAgG3FqIBQgE3FqQcDmgoJ8akEJdyAUaiISIABxakHRtPmyAmpBDncgEmoiE2ogFSAUaiATIBJBf3NxaiARIABqIBIgFEF/c3FqIBMgFHFqQaqP281+akEUdyATaiIAIBJxakHdoLyxfWpBBXcgAGoiFCAAQX9zcWogCiASaiAAIBNBf3NxaiAUIBNxakHTqJASakEJdyAUaiISIABxakGBzYfFfWpBDncgEmoiE2ogFyAUaiATIBJBf3NxaiAWIABqIBIgFEF/c3FqIBMgFHFqQcj3z75+akEUdyATaiIAIBJxakHmm4ePAmpBBXcgAGoiFCAAQX9zcWogCyASaiAAIBNBf3NxaiAUIBNxakHWj9yZfGpBCXcgFGoiEiAAcWpBh5vUpn9qQQ53IBJqIhNqIBkgFGogEyASQX9zcWogGCAAaiASIBRBf3NxaiATIBRxakHtqeiqBGpBFHcgE2oiACAScWpBhdKPz3pqQQV3IABqIhQgAEF/c3FqIAggEmogACATQX9zcWogFCATcWpB+Me+Z2pBCXcgFGoiEiAAcWpB2YW8uwZqQQ53IBJqIhNqIBggEmogFSAUaiAaIABqIBIgFEF/c3FqIBMgFHFqQYqZqel4akEUdyATaiIAIBNzIhMgEnNqQcLyaGpBBHcgAGoiEiATc2pBge3Hu3hqQQt3IBJqIhMgEnMiGyAAc2pBosL17AZqQRB3IBNqIhRqIBYgE2ogECASaiALIABqIBQgG3NqQYzwlG9qQRd3IBRqIhIgFHMiACATc2pBxNT7pXpqQQR3IBJqIhMgAHNqQamf+94EakELdyATaiIUIBNzIgsgEnNqQeCW7bV/akEQdyAUaiIAaiAZIBNqIAAgFHMgCiASaiALIABzakHw+P71e2pBF3cgAGoiEnNqQcb97cQCakEEdyASaiITIBJzIBEgFGogEiAAcyATc2pB+s+E1X5qQQt3IBNqIgBzakGF4bynfWpBEHcgAGoiFGogFyATaiAUIABzIAkgEmogACATcyAUc2pBhbqgJGpBF3cgFGoiEnNqQbmg0859akEEdyASaiITIBJzIBogAGogEiAUcyATc2pB5bPutn5qQQt3IBNqIgBzakH4+Yn9AWpBEHcgAGoiFGogDiAAaiARIBNqIAggEmogACATcyAUc2pB5ayxpXxqQRd3IBRqIhIgAEF/c3IgFHNqQcTEpKF/akEGdyASaiIAIBRBf3NyIBJzakGX/6uZBGpBCncgAGoiEyASQX9zciAAc2pBp8fQ3HpqQQ93IBNqIhRqIA0gE2ogGiAAaiAVIBJqIBQgAEF/c3IgE3NqQbnAzmRqQRV3IBRqIgAgE0F/c3IgFHNqQcOz7aoGakEGdyAAaiISIBRBf3NyIABzakGSmbP4eGpBCncgEmoiEyAAQX9zciASc2pB/ei/f2pBD3cgE2oiFGogDCATaiAYIBJqIBAgAGogFCASQX9zciATc2pB0buRrHhqQRV3IBRqIgAgE0F/c3IgFHNqQc/8of0GakEGdyAAaiISIBRBf3NyIABzakHgzbNxakEKdyASaiITIABBf3NyIBJzakGUhoWYempBD3cgE2oiFGogDyATaiAWIBJqIBkgAGogFCASQX9zciATc2pBoaOg8ARqQRV3IBRqIgAgE0F/c3IgFHNqQYL9zbp/akEGdyAAaiISIBRBf3NyIABzakG15Ovpe2pBCncgEmoiEyAAQX9zciASc2pBu6Xf1gJqQQ93IBNqIhQgAmogFyAAaiAUIBJBf3NyIBNzakGRp5vcfmpBFXdqIQIgFCAGaiEGIBMgBWohBSASIAdqIQcgAUHAAGoiASAERw0ACyADIAU2AgwgAyAGNgIIIAMgAjYCBCADIAc2AgALrBABGX8gACABKAAQIgIgASgAICIDIAEoADAiBCABKAAAIgUgASgAJCIGIAEoADQiByABKAAEIgggASgAFCIJIAcgBiAJIAggBCADIAIgBSAAKAIAIgogACgCCCILIAAoAgQiDHFqIAAoAgwiDSAMQX9zcWpqQfjIqrt9akEHdyAMaiIOaiANIAhqIAsgDkF/c3FqIA4gDHFqQdbunsZ+akEMdyAOaiIPIAwgASgADCIQaiAOIA8gCyABKAAIIhFqIAwgD0F/c3FqIA8gDnFqQdvhgaECakERd2oiEkF/c3FqIBIgD3FqQe6d9418akEWdyASaiIOQX9zcWogDiAScWpBr5/wq39qQQd3IA5qIhNqIAkgD2ogEiATQX9zcWogEyAOcWpBqoyfvARqQQx3IBNqIg8gASgAHCIUIA5qIBMgDyABKAAYIhUgEmogDiAPQX9zcWogDyATcWpBk4zBwXpqQRF3aiIOQX9zcWogDiAPcWpBgaqaampBFncgDmoiEkF/c3FqIBIgDnFqQdixgswGakEHdyASaiITaiAGIA9qIA4gE0F/c3FqIBMgEnFqQa/vk9p4akEMdyATaiIPIAEoACwiFiASaiATIA8gASgAKCIXIA5qIBIgD0F/c3FqIA8gE3FqQbG3fWpBEXdqIg5Bf3NxaiAOIA9xakG+r/PKeGpBFncgDmoiEkF/c3FqIBIgDnFqQaKiwNwGakEHdyASaiITaiABKAA4IhggDmogEiAHIA9qIA4gE0F/c3FqIBMgEnFqQZPj4WxqQQx3IBNqIg5Bf3MiGXFqIA4gE3FqQY6H5bN6akERdyAOaiIPIBlxaiABKAA8IhkgEmogEyAPQX9zIhpxaiAPIA5xakGhkNDNBGpBFncgD2oiASAOcWpB4sr4sH9qQQV3IAFqIhJqIBYgD2ogEiABQX9zcWogFSAOaiABIBpxaiASIA9xakHA5oKCfGpBCXcgEmoiDiABcWpB0bT5sgJqQQ53IA5qIg8gDkF/c3FqIAUgAWogDiASQX9zcWogDyAScWpBqo/bzX5qQRR3IA9qIgEgDnFqQd2gvLF9akEFdyABaiISaiAZIA9qIBIgAUF/c3FqIBcgDmogASAPQX9zcWogEiAPcWpB06iQEmpBCXcgEmoiDiABcWpBgc2HxX1qQQ53IA5qIg8gDkF/c3FqIAIgAWogDiASQX9zcWogDyAScWpByPfPvn5qQRR3IA9qIgEgDnFqQeabh48CakEFdyABaiISaiAQIA9qIBIgAUF/c3FqIBggDmogASAPQX9zcWogEiAPcWpB1o/cmXxqQQl3IBJqIg4gAXFqQYeb1KZ/akEOdyAOaiIPIA5Bf3NxaiADIAFqIA4gEkF/c3FqIA8gEnFqQe2p6KoEakEUdyAPaiIBIA5xakGF0o/PempBBXcgAWoiEmogBCABaiARIA5qIAEgD0F/c3FqIBIgD3FqQfjHvmdqQQl3IBJqIg4gEkF/c3FqIBQgD2ogEiABQX9zcWogDiABcWpB2YW8uwZqQQ53IA5qIgEgEnFqQYqZqel4akEUdyABaiIPIAFzIhMgDnNqQcLyaGpBBHcgD2oiEmogGCAPaiAWIAFqIAMgDmogEiATc2pBge3Hu3hqQQt3IBJqIg4gEnMiASAPc2pBosL17AZqQRB3IA5qIg8gAXNqQYzwlG9qQRd3IA9qIhIgD3MiEyAOc2pBxNT7pXpqQQR3IBJqIgFqIBQgD2ogASAScyACIA5qIBMgAXNqQamf+94EakELdyABaiIOc2pB4JbttX9qQRB3IA5qIg8gDnMgFyASaiAOIAFzIA9zakHw+P71e2pBF3cgD2oiAXNqQcb97cQCakEEdyABaiISaiAQIA9qIBIgAXMgBSAOaiABIA9zIBJzakH6z4TVfmpBC3cgEmoiDnNqQYXhvKd9akEQdyAOaiIPIA5zIBUgAWogDiAScyAPc2pBhbqgJGpBF3cgD2oiAXNqQbmg0859akEEdyABaiISaiARIAFqIAQgDmogASAPcyASc2pB5bPutn5qQQt3IBJqIg4gEnMgGSAPaiASIAFzIA5zakH4+Yn9AWpBEHcgDmoiAXNqQeWssaV8akEXdyABaiIPIA5Bf3NyIAFzakHExKShf2pBBncgD2oiEmogCSAPaiAYIAFqIBQgDmogEiABQX9zciAPc2pBl/+rmQRqQQp3IBJqIgEgD0F/c3IgEnNqQafH0Nx6akEPdyABaiIOIBJBf3NyIAFzakG5wM5kakEVdyAOaiIPIAFBf3NyIA5zakHDs+2qBmpBBncgD2oiEmogCCAPaiAXIA5qIBAgAWogEiAOQX9zciAPc2pBkpmz+HhqQQp3IBJqIgEgD0F/c3IgEnNqQf3ov39qQQ93IAFqIg4gEkF/c3IgAXNqQdG7kax4akEVdyAOaiIPIAFBf3NyIA5zakHP/KH9BmpBBncgD2oiEmogByAPaiAVIA5qIBkgAWogEiAOQX9zciAPc2pB4M2zcWpBCncgEmoiASAPQX9zciASc2pBlIaFmHpqQQ93IAFqIg4gEkF/c3IgAXNqQaGjoPAEakEVdyAOaiIPIAFBf3NyIA5zakGC/c26f2pBBncgD2oiEiAKajYCACAAIA0gFiABaiASIA5Bf3NyIA9zakG15Ovpe2pBCncgEmoiAWo2AgwgACALIBEgDmogASAPQX9zciASc2pBu6Xf1gJqQQ93IAFqIg5qNgIIIAAgDiAMaiAGIA9qIA4gEkF/c3IgAXNqQZGnm9x+akEVd2o2AgQLzxABHX8jAEGQAmsiByQAAkACQAJAAkACQAJAAkACQCABQYEISQ0AIAFBgAhBfyABQX9qQQt2Z3ZBCnRBgAhqIAFBgRBJIggbIglJDQMgACAJIAIgAyAEIAdBAEGAARBmIgpBIEHAACAIGyIIEBshCyAAIAlqIAEgCWsgAiAJQQp2rSADfCAEIAogCGpBgAEgCGsQGyEAIAtBAUcNASAGQT9NDQYgBSAKKQAANwAAIAVBOGogCkE4aikAADcAACAFQTBqIApBMGopAAA3AAAgBUEoaiAKQShqKQAANwAAIAVBIGogCkEgaikAADcAACAFQRhqIApBGGopAAA3AAAgBUEQaiAKQRBqKQAANwAAIAVBCGogCkEIaikAADcAAEECIQoMAgsgAUGAeHEiCSEKAkAgCUUNACAJQYAIRw0EQQEhCgsgAUH/B3EhAQJAIAogBkEFdiIIIAogCEkbRQ0AIAdBGGoiCCACQRhqKQIANwMAIAdBEGoiCyACQRBqKQIANwMAIAdBCGoiDCACQQhqKQIANwMAIAcgAikCADcDACAHIABBwAAgAyAEQQFyEBYgByAAQcAAakHAACADIAQQFiAHIABBgAFqQcAAIAMgBBAWIAcgAEHAAWpBwAAgAyAEEBYgByAAQYACakHAACADIAQQFiAHIABBwAJqQcAAIAMgBBAWIAcgAEGAA2pBwAAgAyAEEBYgByAAQcADakHAACADIAQQFiAHIABBgARqQcAAIAMgBBAWIAcgAEHABGpBwAAgAyAEEBYgByAAQYAFakHAACADIAQQFiAHIABBwAVqQcAAIAMgBBAWIAcgAEGABmpBwAAgAyAEEBYgByAAQcAGakHAACADIAQQFiAHIABBgAdqQcAAIAMgBBAWIAcgAEHAB2pBwAAgAyAEQQJyEBYgBSAIKQMANwAYIAUgCykDADcAECAFIAwpAwA3AAggBSAHKQMANwAACyABRQ0BIAdBgAFqQThqQgA3AwAgB0GAAWpBMGpCADcDACAHQYABakEoakIANwMAIAdBgAFqQSBqQgA3AwAgB0GAAWpBGGpCADcDACAHQYABakEQakIANwMAIAdBgAFqQQhqQgA3AwAgB0GAAWpByABqIgggAkEIaikCADcDACAHQYABakHQAGoiCyACQRBqKQIANwMAIAdBgAFqQdgAaiIMIAJBGGopAgA3AwAgB0IANwOAASAHIAQ6AOoBIAdBADsB6AEgByACKQIANwPAASAHIAqtIAN8NwPgASAHQYABaiAAIAlqIAEQLCEEIAdByABqIAgpAwA3AwAgB0HQAGogCykDADcDACAHQdgAaiAMKQMANwMAIAdBCGogBEEIaikDADcDACAHQRBqIARBEGopAwA3AwAgB0EYaiAEQRhqKQMANwMAIAdBIGogBEEgaikDADcDACAHQShqIARBKGopAwA3AwAgB0EwaiAEQTBqKQMANwMAIAdBOGogBEE4aikDADcDACAHIAcpA8ABNwNAIAcgBCkDADcDACAHLQDqASEEIActAOkBIQAgByAHLQDoASIBOgBoIAcgBykD4AEiAzcDYCAHIAQgAEVyQQJyIgQ6AGkgB0HwAWpBGGoiACAMKQMANwMAIAdB8AFqQRBqIgIgCykDADcDACAHQfABakEIaiIJIAgpAwA3AwAgByAHKQPAATcD8AEgB0HwAWogByABIAMgBBAWIApBBXQiBEEgaiIBIAZLDQQgB0HwAWpBH2otAAAhASAHQfABakEeai0AACEGIAdB8AFqQR1qLQAAIQggB0HwAWpBG2otAAAhCyAHQfABakEaai0AACEMIAdB8AFqQRlqLQAAIQ0gAC0AACEAIAdB8AFqQRdqLQAAIQ4gB0HwAWpBFmotAAAhDyAHQfABakEVai0AACEQIAdB8AFqQRNqLQAAIREgB0HwAWpBEmotAAAhEiAHQfABakERai0AACETIAItAAAhAiAHQfABakEPai0AACEUIAdB8AFqQQ5qLQAAIRUgB0HwAWpBDWotAAAhFiAHQfABakELai0AACEXIAdB8AFqQQpqLQAAIRggB0HwAWpBCWotAAAhGSAJLQAAIQkgBy0AhAIhGiAHLQD8ASEbIActAPcBIRwgBy0A9gEhHSAHLQD1ASEeIActAPQBIR8gBy0A8wEhICAHLQDyASEhIActAPEBISIgBy0A8AEhIyAFIARqIgQgBy0AjAI6ABwgBCAAOgAYIAQgGjoAFCAEIAI6ABAgBCAbOgAMIAQgCToACCAEIB86AAQgBCAiOgABIAQgIzoAACAEQR5qIAY6AAAgBEEdaiAIOgAAIARBGmogDDoAACAEQRlqIA06AAAgBEEWaiAPOgAAIARBFWogEDoAACAEQRJqIBI6AAAgBEERaiATOgAAIARBDmogFToAACAEQQ1qIBY6AAAgBEEKaiAYOgAAIARBCWogGToAACAEQQZqIB06AAAgBEEFaiAeOgAAIAQgIToAAiAEQR9qIAE6AAAgBEEbaiALOgAAIARBF2ogDjoAACAEQRNqIBE6AAAgBEEPaiAUOgAAIARBC2ogFzoAACAEQQdqIBw6AAAgBEEDaiAgOgAAIApBAWohCgwBCyAAIAtqQQV0IgBBgQFPDQUgCiAAIAIgBCAFIAYQKCEKCyAHQZACaiQAIAoPCyAHQQxqQgA3AgAgB0EBNgIEIAdBjI7AADYCACAHQeCRwAA2AgggB0GghsAAEEsACyAHIABBgAhqNgIAQbSRwAAgB0G4iMAAQdCFwAAQPAALIAEgBkHAhcAAED0AC0HAACAGQbCGwAAQPQALIABBgAFBwIbAABA9AAuHDQEMfwJAAkACQCAAKAIAIgMgACgCCCIEckUNAAJAIARFDQAgASACaiEFIABBDGooAgBBAWohBkEAIQcgASEIAkADQCAIIQQgBkF/aiIGRQ0BIAQgBUYNAgJAAkAgBCwAACIJQX9MDQAgBEEBaiEIIAlB/wFxIQkMAQsgBC0AAUE/cSEKIAlBH3EhCAJAIAlBX0sNACAIQQZ0IApyIQkgBEECaiEIDAELIApBBnQgBC0AAkE/cXIhCgJAIAlBcE8NACAKIAhBDHRyIQkgBEEDaiEIDAELIApBBnQgBC0AA0E/cXIgCEESdEGAgPAAcXIiCUGAgMQARg0DIARBBGohCAsgByAEayAIaiEHIAlBgIDEAEcNAAwCCwsgBCAFRg0AAkAgBCwAACIIQX9KDQAgCEFgSQ0AIAhBcEkNACAELQACQT9xQQZ0IAQtAAFBP3FBDHRyIAQtAANBP3FyIAhB/wFxQRJ0QYCA8ABxckGAgMQARg0BCwJAAkAgB0UNAAJAIAcgAkkNAEEAIQQgByACRg0BDAILQQAhBCABIAdqLAAAQUBIDQELIAEhBAsgByACIAQbIQIgBCABIAQbIQELAkAgAw0AIAAoAhQgASACIABBGGooAgAoAgwRBwAPCyAAKAIEIQsCQCACQRBJDQAgAiABIAFBA2pBfHEiCWsiBmoiA0EDcSEKQQAhBUEAIQQCQCABIAlGDQBBACEEAkAgCSABQX9zakEDSQ0AQQAhBEEAIQcDQCAEIAEgB2oiCCwAAEG/f0pqIAhBAWosAABBv39KaiAIQQJqLAAAQb9/SmogCEEDaiwAAEG/f0pqIQQgB0EEaiIHDQALCyABIQgDQCAEIAgsAABBv39KaiEEIAhBAWohCCAGQQFqIgYNAAsLAkAgCkUNACAJIANBfHFqIggsAABBv39KIQUgCkEBRg0AIAUgCCwAAUG/f0pqIQUgCkECRg0AIAUgCCwAAkG/f0pqIQULIANBAnYhByAFIARqIQoDQCAJIQMgB0UNBCAHQcABIAdBwAFJGyIFQQNxIQwgBUECdCENAkACQCAFQfwBcSIODQBBACEIDAELIAMgDkECdGohBkEAIQggAyEEA0AgBEEMaigCACIJQX9zQQd2IAlBBnZyQYGChAhxIARBCGooAgAiCUF/c0EHdiAJQQZ2ckGBgoQIcSAEQQRqKAIAIglBf3NBB3YgCUEGdnJBgYKECHEgBCgCACIJQX9zQQd2IAlBBnZyQYGChAhxIAhqampqIQggBEEQaiIEIAZHDQALCyAHIAVrIQcgAyANaiEJIAhBCHZB/4H8B3EgCEH/gfwHcWpBgYAEbEEQdiAKaiEKIAxFDQALIAMgDkECdGoiCCgCACIEQX9zQQd2IARBBnZyQYGChAhxIQQgDEEBRg0CIAgoAgQiCUF/c0EHdiAJQQZ2ckGBgoQIcSAEaiEEIAxBAkYNAiAIKAIIIghBf3NBB3YgCEEGdnJBgYKECHEgBGohBAwCCwJAIAINAEEAIQoMAwsgAkEDcSEIAkACQCACQQRPDQBBACEKQQAhBAwBCyABLAAAQb9/SiABLAABQb9/SmogASwAAkG/f0pqIAEsAANBv39KaiEKIAJBfHEiBEEERg0AIAogASwABEG/f0pqIAEsAAVBv39KaiABLAAGQb9/SmogASwAB0G/f0pqIQogBEEIRg0AIAogASwACEG/f0pqIAEsAAlBv39KaiABLAAKQb9/SmogASwAC0G/f0pqIQoLIAhFDQIgASAEaiEEA0AgCiAELAAAQb9/SmohCiAEQQFqIQQgCEF/aiIIDQAMAwsLIAAoAhQgASACIABBGGooAgAoAgwRBwAPCyAEQQh2Qf+BHHEgBEH/gfwHcWpBgYAEbEEQdiAKaiEKCwJAAkAgCyAKTQ0AIAsgCmshB0EAIQQCQAJAAkAgAC0AIA4EAgABAgILIAchBEEAIQcMAQsgB0EBdiEEIAdBAWpBAXYhBwsgBEEBaiEEIABBGGooAgAhCCAAKAIQIQYgACgCFCEJA0AgBEF/aiIERQ0CIAkgBiAIKAIQEQUARQ0AC0EBDwsgACgCFCABIAIgAEEYaigCACgCDBEHAA8LQQEhBAJAIAkgASACIAgoAgwRBwANAEEAIQQCQANAAkAgByAERw0AIAchBAwCCyAEQQFqIQQgCSAGIAgoAhARBQBFDQALIARBf2ohBAsgBCAHSSEECyAEC84NAkJ/A34jAEHQAWsiAiQAAkACQAJAIABB8A5qKAIAIgMgAXunIgRNDQAgA0EFdCEFIANBf2ohBiACQSBqQcAAaiEHIAJBkAFqQSBqIQggAkEIaiEJIAJBEGohCiACQRhqIQsgA0F+akE3SSEMIAJBrwFqIQ0gAkGuAWohDiACQa0BaiEPIAJBqwFqIRAgAkGqAWohESACQakBaiESIAJBpwFqIRMgAkGmAWohFCACQaUBaiEVIAJBowFqIRYgAkGiAWohFyACQaEBaiEYIAJBnwFqIRkgAkGeAWohGiACQZ0BaiEbIAJBmwFqIRwgAkGaAWohHSACQZkBaiEeA0AgACAGNgLwDiAJIAAgBWoiA0H4AGopAAA3AwAgCiADQYABaikAADcDACALIANBiAFqKQAANwMAIAIgA0HwAGopAAA3AwAgBkUNAiAAIAZBf2oiHzYC8A4gAkGQAWpBGGoiICADQegAaiIhKQAAIgE3AwAgAkGQAWpBEGoiIiADQeAAaiIjKQAAIkQ3AwAgAkGQAWpBCGoiJCADQdgAaiIlKQAAIkU3AwAgAiADQdAAaiImKQAAIkY3A5ABIAggAikDADcAACAIQQhqIAkpAwA3AAAgCEEQaiAKKQMANwAAIAhBGGogCykDADcAACACQSBqQQhqIEU3AwAgAkEgakEQaiBENwMAIAJBIGpBGGogATcDACACQSBqQSBqIAgpAwA3AwAgAkEgakEoaiACQZABakEoaikDADcDACACQSBqQTBqIAJBkAFqQTBqKQMANwMAIAJBIGpBOGogAkGQAWpBOGopAwA3AwAgAiBGNwMgIAAtAIoBIScgB0EYaiAAQRhqIigpAwA3AwAgB0EQaiAAQRBqIikpAwA3AwAgB0EIaiAAQQhqIiopAwA3AwAgByAAKQMANwMAIAJBwAA6AIgBIAJCADcDgAEgAiAnQQRyIic6AIkBICAgKCkCADcDACAiICkpAgA3AwAgJCAqKQIANwMAIAIgACkCADcDkAEgAkGQAWogAkEgakHAAEIAICcQFiANLQAAIScgDi0AACEoIA8tAAAhKSAQLQAAISogES0AACErIBItAAAhLCAgLQAAISAgEy0AACEtIBQtAAAhLiAVLQAAIS8gFi0AACEwIBctAAAhMSAYLQAAITIgIi0AACEiIBktAAAhMyAaLQAAITQgGy0AACE1IBwtAAAhNiAdLQAAITcgHi0AACE4ICQtAAAhJCACLQCsASE5IAItAKQBITogAi0AnAEhOyACLQCXASE8IAItAJYBIT0gAi0AlQEhPiACLQCUASE/IAItAJMBIUAgAi0AkgEhQSACLQCRASFCIAItAJABIUMgDEUNAyAmIEM6AAAgJiBCOgABIANB7gBqICg6AAAgA0HtAGogKToAACADQewAaiA5OgAAIANB6gBqICs6AAAgA0HpAGogLDoAACAhICA6AAAgA0HmAGogLjoAACADQeUAaiAvOgAAIANB5ABqIDo6AAAgA0HiAGogMToAACADQeEAaiAyOgAAICMgIjoAACADQd4AaiA0OgAAIANB3QBqIDU6AAAgA0HcAGogOzoAACADQdoAaiA3OgAAIANB2QBqIDg6AAAgJSAkOgAAIANB1gBqID06AAAgA0HVAGogPjoAACADQdQAaiA/OgAAICYgQToAAiADQe8AaiAnOgAAIANB6wBqICo6AAAgA0HnAGogLToAACADQeMAaiAwOgAAIANB3wBqIDM6AAAgA0HbAGogNjoAACADQdcAaiA8OgAAICZBA2ogQDoAACAAIAY2AvAOIAVBYGohBSAfIQYgHyAETw0ACwsgAkHQAWokAA8LQYCHwAAQXgALIAJBrQFqICk6AAAgAkGpAWogLDoAACACQaUBaiAvOgAAIAJBoQFqIDI6AAAgAkGdAWogNToAACACQZkBaiA4OgAAIAJBlQFqID46AAAgAkGuAWogKDoAACACQaoBaiArOgAAIAJBpgFqIC46AAAgAkGiAWogMToAACACQZ4BaiA0OgAAIAJBmgFqIDc6AAAgAkGWAWogPToAACACQa8BaiAnOgAAIAJBqwFqICo6AAAgAkGnAWogLToAACACQaMBaiAwOgAAIAJBnwFqIDM6AAAgAkGbAWogNjoAACACQZcBaiA8OgAAIAIgOToArAEgAiAgOgCoASACIDo6AKQBIAIgIjoAoAEgAiA7OgCcASACICQ6AJgBIAIgPzoAlAEgAiBDOgCQASACIEI6AJEBIAIgQToAkgEgAiBAOgCTAUG0kcAAIAJBkAFqQciIwABBkIfAABA8AAvZCgEafyAAIAEoACwiAiABKAAcIgMgASgADCIEIAAoAgQiBWogBSAAKAIIIgZxIAAoAgAiB2ogACgCDCIIIAVBf3NxaiABKAAAIglqQQN3IgogBXEgCGogBiAKQX9zcWogASgABCILakEHdyIMIApxIAZqIAUgDEF/c3FqIAEoAAgiDWpBC3ciDiAMcWogCiAOQX9zcWpBE3ciD2ogDyAOcSAKaiAMIA9Bf3NxaiABKAAQIhBqQQN3IgogD3EgDGogDiAKQX9zcWogASgAFCIRakEHdyIMIApxIA5qIA8gDEF/c3FqIAEoABgiEmpBC3ciDiAMcWogCiAOQX9zcWpBE3ciD2ogDyAOcSAKaiAMIA9Bf3NxaiABKAAgIhNqQQN3IgogD3EgDGogDiAKQX9zcWogASgAJCIUakEHdyIMIApxIA5qIA8gDEF/c3FqIAEoACgiFWpBC3ciDiAMcWogCiAOQX9zcWpBE3ciDyAOcSAKaiAMIA9Bf3NxaiABKAAwIhZqQQN3IhcgFyAXIA9xIAxqIA4gF0F/c3FqIAEoADQiGGpBB3ciGXEgDmogDyAZQX9zcWogASgAOCIaakELdyIKIBlyIAEoADwiGyAPaiAKIBlxIgxqIBcgCkF/c3FqQRN3IgFxIAxyaiAJakGZ84nUBWpBA3ciDCAKIBNqIBkgEGogDCABIApycSABIApxcmpBmfOJ1AVqQQV3IgogDCABcnEgDCABcXJqQZnzidQFakEJdyIOIApyIAEgFmogDiAKIAxycSAKIAxxcmpBmfOJ1AVqQQ13IgFxIA4gCnFyaiALakGZ84nUBWpBA3ciDCAOIBRqIAogEWogDCABIA5ycSABIA5xcmpBmfOJ1AVqQQV3IgogDCABcnEgDCABcXJqQZnzidQFakEJdyIOIApyIAEgGGogDiAKIAxycSAKIAxxcmpBmfOJ1AVqQQ13IgFxIA4gCnFyaiANakGZ84nUBWpBA3ciDCAOIBVqIAogEmogDCABIA5ycSABIA5xcmpBmfOJ1AVqQQV3IgogDCABcnEgDCABcXJqQZnzidQFakEJdyIOIApyIAEgGmogDiAKIAxycSAKIAxxcmpBmfOJ1AVqQQ13IgFxIA4gCnFyaiAEakGZ84nUBWpBA3ciDCABIBtqIA4gAmogCiADaiAMIAEgDnJxIAEgDnFyakGZ84nUBWpBBXciCiAMIAFycSAMIAFxcmpBmfOJ1AVqQQl3Ig4gCiAMcnEgCiAMcXJqQZnzidQFakENdyIMIA5zIg8gCnNqIAlqQaHX5/YGakEDdyIBIAwgFmogASAKIA8gAXNqIBNqQaHX5/YGakEJdyIKcyAOIBBqIAEgDHMgCnNqQaHX5/YGakELdyIMc2pBodfn9gZqQQ93Ig4gDHMiDyAKc2ogDWpBodfn9gZqQQN3IgEgDiAaaiABIAogDyABc2ogFWpBodfn9gZqQQl3IgpzIAwgEmogASAOcyAKc2pBodfn9gZqQQt3IgxzakGh1+f2BmpBD3ciDiAMcyIPIApzaiALakGh1+f2BmpBA3ciASAOIBhqIAEgCiAPIAFzaiAUakGh1+f2BmpBCXciCnMgDCARaiABIA5zIApzakGh1+f2BmpBC3ciDHNqQaHX5/YGakEPdyIOIAxzIg8gCnNqIARqQaHX5/YGakEDdyIBIAdqNgIAIAAgCCACIAogDyABc2pqQaHX5/YGakEJdyIKajYCDCAAIAYgDCADaiABIA5zIApzakGh1+f2BmpBC3ciDGo2AgggACAFIA4gG2ogCiABcyAMc2pBodfn9gZqQQ93ajYCBAveCAEtfgJAIAFBGEsNAAJAQRggAWtBA3RByI7AAGpBiJDAAEYNAEEAIAFBA3RrIQEgACkDwAEhAiAAKQOYASEDIAApA3AhBCAAKQNIIQUgACkDICEGIAApA7gBIQcgACkDkAEhCCAAKQNoIQkgACkDQCEKIAApAxghCyAAKQOwASEMIAApA4gBIQ0gACkDYCEOIAApAzghDyAAKQMQIRAgACkDqAEhESAAKQOAASESIAApA1ghEyAAKQMwIRQgACkDCCEVIAApA6ABIRYgACkDeCEXIAApA1AhGCAAKQMoIRkgACkDACEaA0AgDCANIA4gDyAQhYWFhSIbQgGJIBYgFyAYIBkgGoWFhYUiHIUiHSAUhSEeIAIgByAIIAkgCiALhYWFhSIfIBxCAYmFIhyFISAgAiADIAQgBSAGhYWFhSIhQgGJIBuFIhsgCoVCN4kiIiAfQgGJIBEgEiATIBQgFYWFhYUiCoUiHyAQhUI+iSIjQn+FgyAdIBGFQgKJIiSFIQIgISAKQgGJhSIQIBeFQimJIiEgBCAchUIniSIlQn+FgyAihSERIBsgB4VCOIkiJiAfIA2FQg+JIidCf4WDIB0gE4VCCokiKIUhDSAoIBAgGYVCJIkiKUJ/hYMgBiAchUIbiSIqhSEXIBAgFoVCEokiFiAfIA+FQgaJIisgHSAVhUIBiSIsQn+Fg4UhBCADIByFQgiJIi0gGyAJhUIZiSIuQn+FgyArhSETIAUgHIVCFIkiHCAbIAuFQhyJIgtCf4WDIB8gDIVCPYkiD4UhBSALIA9Cf4WDIB0gEoVCLYkiHYUhCiAQIBiFQgOJIhUgDyAdQn+Fg4UhDyAdIBVCf4WDIByFIRQgFSAcQn+FgyALhSEZIBsgCIVCFYkiHSAQIBqFIhwgIEIOiSIbQn+Fg4UhCyAbIB1Cf4WDIB8gDoVCK4kiH4UhECAdIB9Cf4WDIB5CLIkiHYUhFSAfIB1Cf4WDIAFBiJDAAGopAwCFIByFIRogKSAqQn+FgyAmhSIfIQMgHSAcQn+FgyAbhSIdIQYgISAjICRCf4WDhSIcIQcgKiAmQn+FgyAnhSIbIQggLCAWQn+FgyAthSImIQkgJCAhQn+FgyAlhSIkIQwgFiAtQn+FgyAuhSIhIQ4gKSAnIChCf4WDhSInIRIgJSAiQn+FgyAjhSIiIRYgLiArQn+FgyAshSIjIRggAUEIaiIBDQALIAAgIjcDoAEgACAXNwN4IAAgIzcDUCAAIBk3AyggACARNwOoASAAICc3A4ABIAAgEzcDWCAAIBQ3AzAgACAVNwMIIAAgJDcDsAEgACANNwOIASAAICE3A2AgACAPNwM4IAAgEDcDECAAIBw3A7gBIAAgGzcDkAEgACAmNwNoIAAgCjcDQCAAIAs3AxggACACNwPAASAAIB83A5gBIAAgBDcDcCAAIAU3A0ggACAdNwMgIAAgGjcDAAsPC0HhkMAAQcEAQaSRwAAQSAAL9AgCBH8FfiMAQYABayIDJAAgASABLQCAASIEaiIFQYABOgAAIAApA0AiB0IChkKAgID4D4MgB0IOiEKAgPwHg4QgB0IeiEKA/gODIAdCCoYiCEI4iISEIQkgBK0iCkI7hiAIIApCA4aEIghCgP4Dg0IohoQgCEKAgPwHg0IYhiAIQoCAgPgPg0IIhoSEIQogAEHIAGopAwAiCEIChkKAgID4D4MgCEIOiEKAgPwHg4QgCEIeiEKA/gODIAhCCoYiCEI4iISEIQsgB0I2iCIHQjiGIAggB4QiB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQhBwJAIARB/wBzIgZFDQAgBUEBakEAIAYQZhoLIAogCYQhCCAHIAuEIQcCQAJAIARB8ABzQQ9LDQAgACABQQEQDSADQQBB8AAQZiIEQfgAaiAINwAAIAQgBzcAcCAAIARBARANDAELIAEgBzcAcCABQfgAaiAINwAAIAAgAUEBEA0LIAFBADoAgAEgAiAAKQMAIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3AAAgAiAAKQMIIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3AAggAiAAKQMQIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3ABAgAiAAKQMYIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3ABggAiAAKQMgIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3ACAgAiAAKQMoIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3ACggAiAAKQMwIgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3ADAgAiAAKQM4IgdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3ADggA0GAAWokAAukCAEFfyAAQXhqIgEgAEF8aigCACICQXhxIgBqIQMCQAJAIAJBAXENACACQQNxRQ0BIAEoAgAiAiAAaiEAAkAgASACayIBQQAoAqzWQEcNACADKAIEQQNxQQNHDQFBACAANgKk1kAgAyADKAIEQX5xNgIEIAEgAEEBcjYCBCADIAA2AgAPCyABIAIQLgsCQAJAAkACQAJAAkACQAJAIAMoAgQiAkECcQ0AIANBACgCsNZARg0CIANBACgCrNZARg0HIAMgAkF4cSICEC4gASACIABqIgBBAXI2AgQgASAAaiAANgIAIAFBACgCrNZARw0BQQAgADYCpNZADwsgAyACQX5xNgIEIAEgAEEBcjYCBCABIABqIAA2AgALIABBgAJJDQRBHyEDAkAgAEH///8HSw0AIABBBiAAQQh2ZyIDa3ZBAXEgA0EBdGtBPmohAwsgAUIANwIQIAEgAzYCHCADQQJ0QYTTwABqIQJBACgCoNZAIgRBASADdCIFcQ0BQQAgBCAFcjYCoNZAIAIgATYCACABIAI2AhgMAgtBACABNgKw1kBBAEEAKAKo1kAgAGoiADYCqNZAIAEgAEEBcjYCBAJAIAFBACgCrNZARw0AQQBBADYCpNZAQQBBADYCrNZACyAAQQAoArzWQCIETQ0FQQAoArDWQCIDRQ0FQQAhAQJAQQAoAqjWQCIFQSlJDQBBhNTAACEAA0ACQCAAKAIAIgIgA0sNACACIAAoAgRqIANLDQILIAAoAggiAA0ACwsCQEEAKAKM1EAiAEUNAEEAIQEDQCABQQFqIQEgACgCCCIADQALC0EAIAFB/x8gAUH/H0sbNgLE1kAgBSAETQ0FQQBBfzYCvNZADAULAkACQAJAIAIoAgAiBCgCBEF4cSAARw0AIAQhAwwBCyAAQQBBGSADQQF2ayADQR9GG3QhAgNAIAQgAkEddkEEcWpBEGoiBSgCACIDRQ0CIAJBAXQhAiADIQQgAygCBEF4cSAARw0ACwsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIDAILIAUgATYCACABIAQ2AhgLIAEgATYCDCABIAE2AggLQQAhAUEAQQAoAsTWQEF/aiIANgLE1kAgAA0CAkBBACgCjNRAIgBFDQBBACEBA0AgAUEBaiEBIAAoAggiAA0ACwtBACABQf8fIAFB/x9LGzYCxNZADwsgAEF4cUGU1MAAaiEDAkACQEEAKAKc1kAiAkEBIABBA3Z0IgBxDQBBACACIAByNgKc1kAgAyEADAELIAMoAgghAAsgAyABNgIIIAAgATYCDCABIAM2AgwgASAANgIIDwtBACABNgKs1kBBAEEAKAKk1kAgAGoiADYCpNZAIAEgAEEBcjYCBCABIABqIAA2AgAPCwvVBgIMfwJ+IwBBMGsiAiQAQSchAwJAAkAgADUCACIOQpDOAFoNACAOIQ8MAQtBJyEDA0AgAkEJaiADaiIAQXxqIA5CkM4AgCIPQvCxA34gDnynIgRB//8DcUHkAG4iBUEBdEH8icAAai8AADsAACAAQX5qIAVBnH9sIARqQf//A3FBAXRB/InAAGovAAA7AAAgA0F8aiEDIA5C/8HXL1YhACAPIQ4gAA0ACwsCQCAPpyIAQeMATQ0AIAJBCWogA0F+aiIDaiAPpyIEQf//A3FB5ABuIgBBnH9sIARqQf//A3FBAXRB/InAAGovAAA7AAALAkACQCAAQQpJDQAgAkEJaiADQX5qIgNqIABBAXRB/InAAGovAAA7AAAMAQsgAkEJaiADQX9qIgNqIABBMGo6AAALQScgA2shBkEBIQVBK0GAgMQAIAEoAhwiAEEBcSIEGyEHIABBHXRBH3VB4JHAAHEhCCACQQlqIANqIQkCQAJAIAEoAgANACABKAIUIgMgASgCGCIAIAcgCBBJDQEgAyAJIAYgACgCDBEHACEFDAELAkAgASgCBCIKIAQgBmoiBUsNAEEBIQUgASgCFCIDIAEoAhgiACAHIAgQSQ0BIAMgCSAGIAAoAgwRBwAhBQwBCwJAIABBCHFFDQAgASgCECELIAFBMDYCECABLQAgIQxBASEFIAFBAToAICABKAIUIgAgASgCGCINIAcgCBBJDQEgAyAKaiAEa0FaaiEDAkADQCADQX9qIgNFDQEgAEEwIA0oAhARBQBFDQAMAwsLIAAgCSAGIA0oAgwRBwANASABIAw6ACAgASALNgIQQQAhBQwBCyAKIAVrIQoCQAJAAkAgAS0AICIDDgQCAAEAAgsgCiEDQQAhCgwBCyAKQQF2IQMgCkEBakEBdiEKCyADQQFqIQMgAUEYaigCACEAIAEoAhAhDSABKAIUIQQCQANAIANBf2oiA0UNASAEIA0gACgCEBEFAEUNAAtBASEFDAELQQEhBSAEIAAgByAIEEkNACAEIAkgBiAAKAIMEQcADQBBACEDA0ACQCAKIANHDQAgCiAKSSEFDAILIANBAWohAyAEIA0gACgCEBEFAEUNAAsgA0F/aiAKSSEFCyACQTBqJAAgBQuVBgEEfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBA3FFDQEgACgCACIDIAFqIQECQCAAIANrIgBBACgCrNZARw0AIAIoAgRBA3FBA0cNAUEAIAE2AqTWQCACIAIoAgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQLgsCQAJAAkACQCACKAIEIgNBAnENACACQQAoArDWQEYNAiACQQAoAqzWQEYNAyACIANBeHEiAxAuIAAgAyABaiIBQQFyNgIEIAAgAWogATYCACAAQQAoAqzWQEcNAUEAIAE2AqTWQA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACwJAIAFBgAJJDQBBHyECAkAgAUH///8HSw0AIAFBBiABQQh2ZyICa3ZBAXEgAkEBdGtBPmohAgsgAEIANwIQIAAgAjYCHCACQQJ0QYTTwABqIQMCQAJAQQAoAqDWQCIEQQEgAnQiBXENAEEAIAQgBXI2AqDWQCADIAA2AgAgACADNgIYDAELAkACQAJAIAMoAgAiBCgCBEF4cSABRw0AIAQhAgwBCyABQQBBGSACQQF2ayACQR9GG3QhAwNAIAQgA0EddkEEcWpBEGoiBSgCACICRQ0CIANBAXQhAyACIQQgAigCBEF4cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgIIDwsgBSAANgIAIAAgBDYCGAsgACAANgIMIAAgADYCCA8LIAFBeHFBlNTAAGohAgJAAkBBACgCnNZAIgNBASABQQN2dCIBcQ0AQQAgAyABcjYCnNZAIAIhAQwBCyACKAIIIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQQAgADYCsNZAQQBBACgCqNZAIAFqIgE2AqjWQCAAIAFBAXI2AgQgAEEAKAKs1kBHDQFBAEEANgKk1kBBAEEANgKs1kAPC0EAIAA2AqzWQEEAQQAoAqTWQCABaiIBNgKk1kAgACABQQFyNgIEIAAgAWogATYCAA8LC8gFAQV/AkACQAJAAkAgAkEJSQ0AIAIgAxAtIgINAUEADwtBACECIANBzP97Sw0BQRAgA0ELakF4cSADQQtJGyEBIABBfGoiBCgCACIFQXhxIQYCQAJAIAVBA3ENACABQYACSQ0BIAYgAUEEckkNASAGIAFrQYGACE8NASAADwsgAEF4aiIHIAZqIQgCQAJAAkACQAJAIAYgAU8NACAIQQAoArDWQEYNBCAIQQAoAqzWQEYNAiAIKAIEIgVBAnENBSAFQXhxIgUgBmoiBiABSQ0FIAggBRAuIAYgAWsiA0EQSQ0BIAQgASAEKAIAQQFxckECcjYCACAHIAFqIgIgA0EDcjYCBCAHIAZqIgEgASgCBEEBcjYCBCACIAMQIyAADwsgBiABayIDQQ9LDQIgAA8LIAQgBiAEKAIAQQFxckECcjYCACAHIAZqIgMgAygCBEEBcjYCBCAADwtBACgCpNZAIAZqIgYgAUkNAgJAAkAgBiABayIDQQ9LDQAgBCAFQQFxIAZyQQJyNgIAIAcgBmoiAyADKAIEQQFyNgIEQQAhA0EAIQIMAQsgBCABIAVBAXFyQQJyNgIAIAcgAWoiAiADQQFyNgIEIAcgBmoiASADNgIAIAEgASgCBEF+cTYCBAtBACACNgKs1kBBACADNgKk1kAgAA8LIAQgASAFQQFxckECcjYCACAHIAFqIgIgA0EDcjYCBCAIIAgoAgRBAXI2AgQgAiADECMgAA8LQQAoAqjWQCAGaiIGIAFLDQMLIAMQFyIBRQ0BIAEgAEF8QXggBCgCACICQQNxGyACQXhxaiICIAMgAiADSRsQZSEDIAAQISADDwsgAiAAIAEgAyABIANJGxBlGiAAECELIAIPCyAEIAEgBUEBcXJBAnI2AgAgByABaiIDIAYgAWsiAkEBcjYCBEEAIAI2AqjWQEEAIAM2ArDWQCAAC74GAQN/IwBBgAZrIgMkAAJAAkACQAJAAkACQCACDQBBASEEDAELIAJBf0wNASACEBciBEUNAiAEQXxqLQAAQQNxRQ0AIARBACACEGYaCyADQYADaiABQdABEGUaIANB0ARqIAFB0AFqQakBEGUaIANB0ARqIAMtAPgFIgFqQQBBqAEgAWsQZiEBIANBADoA+AUgAUEfOgAAIAMgAy0A9wVBgAFyOgD3BSADIAMpA4ADIAMpA9AEhTcDgAMgAyADKQOIAyADKQPYBIU3A4gDIAMgAykDkAMgAykD4ASFNwOQAyADIAMpA5gDIAMpA+gEhTcDmAMgAyADKQOgAyADKQPwBIU3A6ADIAMgAykDqAMgAykD+ASFNwOoAyADIAMpA7ADIAMpA4AFhTcDsAMgAyADKQO4AyADKQOIBYU3A7gDIAMgAykDwAMgAykDkAWFNwPAAyADIAMpA8gDIAMpA5gFhTcDyAMgAyADKQPQAyADKQOgBYU3A9ADIAMgAykD2AMgAykDqAWFNwPYAyADIAMpA+ADIAMpA7AFhTcD4AMgAyADKQPoAyADKQO4BYU3A+gDIAMgAykD8AMgAykDwAWFNwPwAyADIAMpA/gDIAMpA8gFhTcD+AMgAyADKQOABCADKQPQBYU3A4AEIAMgAykDiAQgAykD2AWFNwOIBCADIAMpA5AEIAMpA+AFhTcDkAQgAyADKQOYBCADKQPoBYU3A5gEIAMgAykDoAQgAykD8AWFNwOgBCADQYADaiADKALIBBAfIAMgA0GAA2pByAEQZSIDKALIBCEBIANB0AFqQQBBqQEQZhogAyABNgLIASADIAM2AtAEIAIgAkGoAW4iBUGoAWwiAUkNAiADQdAEaiAEIAUQMAJAIAIgAUYNACADQYADakEAQagBEGYaIANB0ARqIANBgANqQQEQMCACIAFrIgVBqQFPDQQgBCABaiADQYADaiAFEGUaCyAAIAI2AgQgACAENgIAIANBgAZqJAAPCxBKAAsACyADQYwDakIANwIAIANBATYChAMgA0GMjsAANgKAAyADQeCRwAA2AogDIANBgANqQeCNwAAQSwALIAVBqAFB8I3AABA9AAuPBQIEfwN+IwBBwABrIgMkACABIAEtAEAiBGoiBUGAAToAACAAKQMgIgdCAYZCgICA+A+DIAdCD4hCgID8B4OEIAdCH4hCgP4DgyAHQgmGIgdCOIiEhCEIIAStIglCO4YgByAJQgOGhCIHQoD+A4NCKIaEIAdCgID8B4NCGIYgB0KAgID4D4NCCIaEhCEHAkAgBEE/cyIGRQ0AIAVBAWpBACAGEGYaCyAHIAiEIQcCQAJAIARBOHNBB0sNACAAIAFBARAOIANBMGpCADcDACADQShqQgA3AwAgA0EgakIANwMAIANBGGpCADcDACADQRBqQgA3AwAgA0EIakIANwMAIANCADcDACADIAc3AzggACADQQEQDgwBCyABIAc3ADggACABQQEQDgsgAUEAOgBAIAIgACgCACIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYAACACIAAoAgQiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2AAQgAiAAKAIIIgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyNgAIIAIgACgCDCIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYADCACIAAoAhAiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2ABAgAiAAKAIUIgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyNgAUIAIgACgCGCIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYAGCACIAAoAhwiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnI2ABwgA0HAAGokAAu5BQELfyMAQTBrIgMkACADQSRqIAE2AgAgA0EDOgAsIANBIDYCHEEAIQQgA0EANgIoIAMgADYCICADQQA2AhQgA0EANgIMAkACQAJAAkACQCACKAIQIgUNACACQQxqKAIAIgBFDQEgAigCCCIBIABBA3RqIQYgAEF/akH/////AXFBAWohBCACKAIAIQBBACEHA0ACQCAAQQRqKAIAIghFDQAgAygCICAAKAIAIAggAygCJCgCDBEHAA0ECyABKAIAIANBDGogAUEEaigCABEFAA0DIAdBAWohByAAQQhqIQAgAUEIaiIBIAZHDQAMAgsLIAJBFGooAgAiAUUNACABQQV0IQkgAUF/akH///8/cUEBaiEEIAIoAgghCiACKAIAIQBBACEHQQAhCwNAAkAgAEEEaigCACIBRQ0AIAMoAiAgACgCACABIAMoAiQoAgwRBwANAwsgAyAFIAdqIgFBEGooAgA2AhwgAyABQRxqLQAAOgAsIAMgAUEYaigCADYCKCABQQxqKAIAIQZBACEMQQAhCAJAAkACQCABQQhqKAIADgMBAAIBCyAGQQN0IQ1BACEIIAogDWoiDSgCBEEERw0BIA0oAgAoAgAhBgtBASEICyADIAY2AhAgAyAINgIMIAFBBGooAgAhCAJAAkACQCABKAIADgMBAAIBCyAIQQN0IQYgCiAGaiIGKAIEQQRHDQEgBigCACgCACEIC0EBIQwLIAMgCDYCGCADIAw2AhQgCiABQRRqKAIAQQN0aiIBKAIAIANBDGogAUEEaigCABEFAA0CIAtBAWohCyAAQQhqIQAgCSAHQSBqIgdHDQALCyAEIAIoAgRPDQEgAygCICACKAIAIARBA3RqIgEoAgAgASgCBCADKAIkKAIMEQcARQ0BC0EBIQEMAQtBACEBCyADQTBqJAAgAQuIBAEKfyMAQTBrIgYkAEEAIQcgBkEANgIIAkAgAUFAcSIIRQ0AQQEhByAGQQE2AgggBiAANgIAIAhBwABGDQBBAiEHIAZBAjYCCCAGIABBwABqNgIEIAhBgAFGDQAgBiAAQYABajYCEEG0kcAAIAZBEGpB2IjAAEGQhsAAEDwACyABQT9xIQkCQCAHIAVBBXYiASAHIAFJGyIBRQ0AIANBBHIhCiABQQV0IQtBACEDIAYhDANAIAwoAgAhASAGQRBqQRhqIg0gAkEYaikCADcDACAGQRBqQRBqIg4gAkEQaikCADcDACAGQRBqQQhqIg8gAkEIaikCADcDACAGIAIpAgA3AxAgBkEQaiABQcAAQgAgChAWIAQgA2oiAUEYaiANKQMANwAAIAFBEGogDikDADcAACABQQhqIA8pAwA3AAAgASAGKQMQNwAAIAxBBGohDCALIANBIGoiA0cNAAsLAkACQAJAIAlFDQACQCAFIAdBBXQiAk8NACACIAVBgIbAABA+AAsgBSACayIBQR9NDQEgCUEgRw0CIAQgAmoiAiAAIAhqIgEpAAA3AAAgAkEYaiABQRhqKQAANwAAIAJBEGogAUEQaikAADcAACACQQhqIAFBCGopAAA3AAAgB0EBaiEHCyAGQTBqJAAgBw8LQSAgAUHghcAAED0AC0EgIAlB8IXAABA/AAueBAIDfwR+IwBB4AJrIgIkACACIAFB4AIQZSICQdABaiACQdgCaiIDLQAAIgRqQQBBiAEgBGsQZiEEIANBADoAACAEQQE6AAAgAkHXAmoiAyADLQAAQYABcjoAACACIAIpAwAgAikD0AGFNwMAIAIgAikDCCACQdgBaikDAIU3AwggAiACKQMQIAJB4AFqKQMAhTcDECACIAIpAxggAkHoAWopAwCFNwMYIAIgAikDICACQfABaikDAIU3AyAgAiACKQMoIAJB+AFqKQMAhTcDKCACIAIpAzAgAkGAAmopAwCFNwMwIAIgAikDOCACQYgCaikDAIU3AzggAiACKQNAIAJBkAJqKQMAhTcDQCACIAIpA0ggAkGYAmopAwCFNwNIIAIgAikDUCACQaACaikDAIU3A1AgAiACKQNYIAJBqAJqKQMAhTcDWCACIAIpA2AgAkGwAmopAwCFNwNgIAIgAikDaCACQbgCaikDAIU3A2ggAiACKQNwIAJBwAJqKQMAhTcDcCACIAIpA3ggAkHIAmopAwCFNwN4IAIgAikDgAEgAkHQAmopAwCFNwOAASACIAIoAsgBEB9BAC0AzdZAGiACKQMYIQUgAikDECEGIAIpAwghByACKQMAIQgCQEEgEBciAw0AAAsgAyAFNwAYIAMgBjcAECADIAc3AAggAyAINwAAIAEQISAAQSA2AgQgACADNgIAIAJB4AJqJAALngQCA38EfiMAQeACayICJAAgAiABQeACEGUiAkHQAWogAkHYAmoiAy0AACIEakEAQYgBIARrEGYhBCADQQA6AAAgBEEGOgAAIAJB1wJqIgMgAy0AAEGAAXI6AAAgAiACKQMAIAIpA9ABhTcDACACIAIpAwggAkHYAWopAwCFNwMIIAIgAikDECACQeABaikDAIU3AxAgAiACKQMYIAJB6AFqKQMAhTcDGCACIAIpAyAgAkHwAWopAwCFNwMgIAIgAikDKCACQfgBaikDAIU3AyggAiACKQMwIAJBgAJqKQMAhTcDMCACIAIpAzggAkGIAmopAwCFNwM4IAIgAikDQCACQZACaikDAIU3A0AgAiACKQNIIAJBmAJqKQMAhTcDSCACIAIpA1AgAkGgAmopAwCFNwNQIAIgAikDWCACQagCaikDAIU3A1ggAiACKQNgIAJBsAJqKQMAhTcDYCACIAIpA2ggAkG4AmopAwCFNwNoIAIgAikDcCACQcACaikDAIU3A3AgAiACKQN4IAJByAJqKQMAhTcDeCACIAIpA4ABIAJB0AJqKQMAhTcDgAEgAiACKALIARAfQQAtAM3WQBogAikDGCEFIAIpAxAhBiACKQMIIQcgAikDACEIAkBBIBAXIgMNAAALIAMgBTcAGCADIAY3ABAgAyAHNwAIIAMgCDcAACABECEgAEEgNgIEIAAgAzYCACACQeACaiQAC70DAgZ/AX4jAEGQA2siAiQAIAJBIGogAUHQARBlGiACIAIpA2AgAkHoAWotAAAiA618NwNgIAJB6ABqIQQCQCADQYABRg0AIAQgA2pBAEGAASADaxBmGgsgAkEAOgDoASACQSBqIARCfxARIAJBkAJqQQhqIgMgAkEgakEIaikDADcDACACQZACakEQaiIEIAJBIGpBEGopAwA3AwAgAkGQAmpBGGoiBSACQSBqQRhqKQMANwMAIAJBkAJqQSBqIAIpA0A3AwAgAkGQAmpBKGogAkEgakEoaikDADcDACACQZACakEwaiACQSBqQTBqKQMANwMAIAJBkAJqQThqIAJBIGpBOGopAwA3AwAgAiACKQMgNwOQAiACQfABakEQaiAEKQMAIgg3AwAgAkEIaiIEIAMpAwA3AwAgAkEQaiIGIAg3AwAgAkEYaiIHIAUpAwA3AwAgAiACKQOQAjcDAEEALQDN1kAaAkBBIBAXIgMNAAALIAMgAikDADcAACADQRhqIAcpAwA3AAAgA0EQaiAGKQMANwAAIANBCGogBCkDADcAACABECEgAEEgNgIEIAAgAzYCACACQZADaiQAC6ADAQJ/AkACQAJAAkACQCAALQBoIgNFDQAgA0HBAE8NAyAAIANqIAFBwAAgA2siAyACIAMgAkkbIgMQZRogACAALQBoIANqIgQ6AGggASADaiEBAkAgAiADayICDQBBACECDAILIABBwABqIABBwAAgACkDYCAALQBqIAAtAGlFchAWIABCADcDACAAQQA6AGggAEEIakIANwMAIABBEGpCADcDACAAQRhqQgA3AwAgAEEgakIANwMAIABBKGpCADcDACAAQTBqQgA3AwAgAEE4akIANwMAIAAgAC0AaUEBajoAaQtBACEDIAJBwQBJDQEgAEHAAGohBCAALQBpIQMDQCAEIAFBwAAgACkDYCAALQBqIANB/wFxRXIQFiAAIAAtAGlBAWoiAzoAaSABQcAAaiEBIAJBQGoiAkHAAEsNAAsgAC0AaCEECyAEQf8BcSIDQcEATw0CCyAAIANqIAFBwAAgA2siAyACIAMgAkkbIgIQZRogACAALQBoIAJqOgBoIAAPCyADQcAAQbCFwAAQPgALIANBwABBsIXAABA+AAvvAgEFf0EAIQICQEHN/3sgAEEQIABBEEsbIgBrIAFNDQAgAEEQIAFBC2pBeHEgAUELSRsiA2pBDGoQFyIBRQ0AIAFBeGohAgJAAkAgAEF/aiIEIAFxDQAgAiEADAELIAFBfGoiBSgCACIGQXhxIAQgAWpBACAAa3FBeGoiAUEAIAAgASACa0EQSxtqIgAgAmsiAWshBAJAIAZBA3FFDQAgACAEIAAoAgRBAXFyQQJyNgIEIAAgBGoiBCAEKAIEQQFyNgIEIAUgASAFKAIAQQFxckECcjYCACACIAFqIgQgBCgCBEEBcjYCBCACIAEQIwwBCyACKAIAIQIgACAENgIEIAAgAiABajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIANBEGpNDQAgACADIAFBAXFyQQJyNgIEIAAgA2oiASACIANrIgNBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASADECMLIABBCGohAgsgAguDAwEEfyAAKAIMIQICQAJAAkAgAUGAAkkNACAAKAIYIQMCQAJAAkAgAiAARw0AIABBFEEQIABBFGoiAigCACIEG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggMAQsgAiAAQRBqIAQbIQQDQCAEIQUgASICQRRqIgEgAkEQaiABKAIAIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEGE08AAaiIBKAIAIABGDQAgA0EQQRQgAygCECAARhtqIAI2AgAgAkUNAwwCCyABIAI2AgAgAg0BQQBBACgCoNZAQX4gACgCHHdxNgKg1kAMAgsCQCACIAAoAggiBEYNACAEIAI2AgwgAiAENgIIDwtBAEEAKAKc1kBBfiABQQN2d3E2ApzWQA8LIAIgAzYCGAJAIAAoAhAiAUUNACACIAE2AhAgASACNgIYCyAAQRRqKAIAIgFFDQAgAkEUaiABNgIAIAEgAjYCGA8LC8ECAQh/AkACQCACQRBPDQAgACEDDAELIABBACAAa0EDcSIEaiEFAkAgBEUNACAAIQMgASEGA0AgAyAGLQAAOgAAIAZBAWohBiADQQFqIgMgBUkNAAsLIAUgAiAEayIHQXxxIghqIQMCQAJAIAEgBGoiCUEDcUUNACAIQQFIDQEgCUEDdCIGQRhxIQIgCUF8cSIKQQRqIQFBACAGa0EYcSEEIAooAgAhBgNAIAUgBiACdiABKAIAIgYgBHRyNgIAIAFBBGohASAFQQRqIgUgA0kNAAwCCwsgCEEBSA0AIAkhAQNAIAUgASgCADYCACABQQRqIQEgBUEEaiIFIANJDQALCyAHQQNxIQIgCSAIaiEBCwJAIAJFDQAgAyACaiEFA0AgAyABLQAAOgAAIAFBAWohASADQQFqIgMgBUkNAAsLIAAL6AICAX8VfgJAIAJFDQAgASACQagBbGohAwNAIAAoAgAiAikDACEEIAIpAwghBSACKQMQIQYgAikDGCEHIAIpAyAhCCACKQMoIQkgAikDMCEKIAIpAzghCyACKQNAIQwgAikDSCENIAIpA1AhDiACKQNYIQ8gAikDYCEQIAIpA2ghESACKQNwIRIgAikDeCETIAIpA4ABIRQgAikDiAEhFSACKQOQASEWIAIpA5gBIRcgAikDoAEhGCACIAIoAsgBEB8gASAYNwCgASABIBc3AJgBIAEgFjcAkAEgASAVNwCIASABIBQ3AIABIAEgEzcAeCABIBI3AHAgASARNwBoIAEgEDcAYCABIA83AFggASAONwBQIAEgDTcASCABIAw3AEAgASALNwA4IAEgCjcAMCABIAk3ACggASAINwAgIAEgBzcAGCABIAY3ABAgASAFNwAIIAEgBDcAACABQagBaiIBIANHDQALCwu+AgIFfwJ+IwBB8AFrIgIkACACQSBqIAFB8AAQZRogAiACKQNAIAJBiAFqLQAAIgOtfDcDQCACQcgAaiEEAkAgA0HAAEYNACAEIANqQQBBwAAgA2sQZhoLIAJBADoAiAEgAkEgaiAEQX8QEyACQZABakEIaiACQSBqQQhqKQMAIgc3AwAgAkGQAWpBGGogAkEgakEYaikDACIINwMAIAJBGGoiBCAINwMAIAJBEGoiBSACKQMwNwMAIAJBCGoiBiAHNwMAIAIgAikDICIHNwOwASACIAc3A5ABIAIgBzcDAEEALQDN1kAaAkBBIBAXIgMNAAALIAMgAikDADcAACADQRhqIAQpAwA3AAAgA0EQaiAFKQMANwAAIANBCGogBikDADcAACABECEgAEEgNgIEIAAgAzYCACACQfABaiQAC68CAQR/QR8hAgJAIAFB////B0sNACABQQYgAUEIdmciAmt2QQFxIAJBAXRrQT5qIQILIABCADcCECAAIAI2AhwgAkECdEGE08AAaiEDAkACQEEAKAKg1kAiBEEBIAJ0IgVxDQBBACAEIAVyNgKg1kAgAyAANgIAIAAgAzYCGAwBCwJAAkACQCADKAIAIgQoAgRBeHEgAUcNACAEIQIMAQsgAUEAQRkgAkEBdmsgAkEfRht0IQMDQCAEIANBHXZBBHFqQRBqIgUoAgAiAkUNAiADQQF0IQMgAiEEIAIoAgRBeHEgAUcNAAsLIAIoAggiAyAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgAzYCCA8LIAUgADYCACAAIAQ2AhgLIAAgADYCDCAAIAA2AggLlwIBA38jAEEQayIEJAACQAJAIAFFDQAgASgCAA0BIAFBADYCACABQQhqKAIAIQUgASgCBCEGIAEQIQJAAkAgAg0AIARBBGogBiAFQQAgAxAPAkAgBCgCBA0AIARBDGooAgAhAyAEKAIIIQEMAgtBACEBIAQoAgggBEEMaigCABAAIQMMAQsgBEEEaiAGIAVBASADEA8CQCAEKAIEDQAgBEEMaigCACEDIAQoAgghAQwBC0EAIQEgBCgCCCAEQQxqKAIAEAAhAwsCQAJAIAENAEEBIQJBACEBQQAhBQwBC0EAIQIgAyEFQQAhAwsgACACNgIMIAAgAzYCCCAAIAU2AgQgACABNgIAIARBEGokAA8LEGEACxBiAAuoAgIBfxF+AkAgAkUNACABIAJBiAFsaiEDA0AgACgCACICKQMAIQQgAikDCCEFIAIpAxAhBiACKQMYIQcgAikDICEIIAIpAyghCSACKQMwIQogAikDOCELIAIpA0AhDCACKQNIIQ0gAikDUCEOIAIpA1ghDyACKQNgIRAgAikDaCERIAIpA3AhEiACKQN4IRMgAikDgAEhFCACIAIoAsgBEB8gASAUNwCAASABIBM3AHggASASNwBwIAEgETcAaCABIBA3AGAgASAPNwBYIAEgDjcAUCABIA03AEggASAMNwBAIAEgCzcAOCABIAo3ADAgASAJNwAoIAEgCDcAICABIAc3ABggASAGNwAQIAEgBTcACCABIAQ3AAAgAUGIAWoiASADRw0ACwsLiQIBA38jAEEQayIGJAAgBkEEaiABIAIQGAJAAkAgBigCBA0AIAZBDGooAgAhByAGKAIIIQgMAQsgBigCCCAGQQxqKAIAEAAhB0EfIQgLAkAgAkUNACABECELAkACQAJAIAhBH0YNACAIIAcgAxA3IAZBBGogCCAHIARBAEcgBRAPIAYoAgRFDQEgBigCCCAGQQxqKAIAEAAhB0EBIQJBACEIQQAhAQwCC0EBIQJBACEIAkAgA0GEAU8NAEEAIQEMAgsgAxABQQAhAQwBCyAGQQxqKAIAIQEgBigCCCEIQQAhB0EAIQILIAAgAjYCDCAAIAc2AgggACABNgIEIAAgCDYCACAGQRBqJAAL/QEBBn8jAEGwAWsiAiQAIAJBIGogAUHwABBlGiACQZABakEYaiIDQgA3AwAgAkGQAWpBEGoiBEIANwMAIAJBkAFqQQhqIgVCADcDACACQgA3A5ABIAJBIGogAkHIAGogAkGQAWoQJiACQRhqIgYgAykDADcDACACQRBqIgcgBCkDADcDACACQQhqIgQgBSkDADcDACACIAIpA5ABNwMAQQAtAM3WQBoCQEEgEBciAw0AAAsgAyACKQMANwAAIANBGGogBikDADcAACADQRBqIAcpAwA3AAAgA0EIaiAEKQMANwAAIAEQISAAQSA2AgQgACADNgIAIAJBsAFqJAAL7gEBB38jAEEQayIDJAAgAhACIQQgAhADIQUgAhAEIQYCQAJAIARBgYAESQ0AQQAhByAEIQgDQCADQQRqIAYgBSAHaiAIQYCABCAIQYCABEkbEAUiCRA6AkAgCUGEAUkNACAJEAELIAAgASADKAIIIgkgAygCDBAMAkAgAygCBEUNACAJECELIAhBgIB8aiEIIAdBgIAEaiIHIARJDQAMAgsLIANBBGogAhA6IAAgASADKAIIIgggAygCDBAMIAMoAgRFDQAgCBAhCwJAIAZBhAFJDQAgBhABCwJAIAJBhAFJDQAgAhABCyADQRBqJAALtQEBA38CQAJAIAJBEE8NACAAIQMMAQsgAEEAIABrQQNxIgRqIQUCQCAERQ0AIAAhAwNAIAMgAToAACADQQFqIgMgBUkNAAsLIAUgAiAEayIEQXxxIgJqIQMCQCACQQFIDQAgAUH/AXFBgYKECGwhAgNAIAUgAjYCACAFQQRqIgUgA0kNAAsLIARBA3EhAgsCQCACRQ0AIAMgAmohBQNAIAMgAToAACADQQFqIgMgBUkNAAsLIAALvgEBBH8jAEEQayIDJAAgA0EEaiABIAIQGAJAAkAgAygCBA0AIANBDGooAgAhBCADKAIIIQUMAQsgAygCCCADQQxqKAIAEAAhBEEfIQULAkAgAkUNACABECELQQAhAgJAAkACQCAFQR9GIgFFDQAgBCEGDAELQQAhBkEALQDN1kAaQQwQFyICRQ0BIAIgBDYCCCACIAU2AgQgAkEANgIACyAAIAY2AgQgACACNgIAIAAgATYCCCADQRBqJAAPCwALkwEBBX8CQAJAAkACQCABEAYiAg0AQQEhAwwBCyACQX9MDQFBAC0AzdZAGiACEBciA0UNAgsQByIEEAgiBRAJIQYCQCAFQYQBSQ0AIAUQAQsgBiABIAMQCgJAIAZBhAFJDQAgBhABCwJAIARBhAFJDQAgBBABCyAAIAEQBjYCCCAAIAM2AgQgACACNgIADwsQSgALAAuPAQEBfyMAQRBrIgYkAAJAAkAgAUUNACAGQQRqIAEgAyAEIAUgAigCEBEKACAGKAIIIQECQCAGKAIEIgQgBigCDCIFTQ0AAkAgBQ0AIAEQIUEEIQEMAQsgASAEQQJ0QQQgBUECdBAkIgFFDQILIAAgBTYCBCAAIAE2AgAgBkEQaiQADwtBlI7AAEEyEGMACwALhAEBAX8jAEHAAGsiBCQAIARBKzYCDCAEIAA2AgggBCACNgIUIAQgATYCECAEQRhqQQxqQgI3AgAgBEEwakEMakEBNgIAIARBAjYCHCAEQeyJwAA2AhggBEECNgI0IAQgBEEwajYCICAEIARBEGo2AjggBCAEQQhqNgIwIARBGGogAxBLAAtyAQF/IwBBMGsiAyQAIAMgADYCACADIAE2AgQgA0EIakEMakICNwIAIANBIGpBDGpBAzYCACADQQI2AgwgA0GYjMAANgIIIANBAzYCJCADIANBIGo2AhAgAyADQQRqNgIoIAMgAzYCICADQQhqIAIQSwALcgEBfyMAQTBrIgMkACADIAA2AgAgAyABNgIEIANBCGpBDGpCAjcCACADQSBqQQxqQQM2AgAgA0ECNgIMIANB+IvAADYCCCADQQM2AiQgAyADQSBqNgIQIAMgA0EEajYCKCADIAM2AiAgA0EIaiACEEsAC3IBAX8jAEEwayIDJAAgAyABNgIEIAMgADYCACADQQhqQQxqQgI3AgAgA0EgakEMakEDNgIAIANBAzYCDCADQeiMwAA2AgggA0EDNgIkIAMgA0EgajYCECADIAM2AiggAyADQQRqNgIgIANBCGogAhBLAAtyAQF/IwBBMGsiAyQAIAMgATYCBCADIAA2AgAgA0EIakEMakICNwIAIANBIGpBDGpBAzYCACADQQI2AgwgA0HYicAANgIIIANBAzYCJCADIANBIGo2AhAgAyADNgIoIAMgA0EEajYCICADQQhqIAIQSwALYwECfyMAQSBrIgIkACACQQxqQgE3AgAgAkEBNgIEIAJBkIjAADYCACACQQI2AhwgAkGwiMAANgIYIAFBGGooAgAhAyACIAJBGGo2AgggASgCFCADIAIQJyEBIAJBIGokACABC2MBAn8jAEEgayICJAAgAkEMakIBNwIAIAJBATYCBCACQZCIwAA2AgAgAkECNgIcIAJBsIjAADYCGCABQRhqKAIAIQMgAiACQRhqNgIIIAEoAhQgAyACECchASACQSBqJAAgAQtbAQJ/AkACQCAARQ0AIAAoAgANASAAQQA2AgAgAEEIaigCACEBIAAoAgQhAiAAECECQCACQQdHDQAgAUHwDmooAgBFDQAgAUEANgLwDgsgARAhDwsQYQALEGIAC2UBAX9BAEEAKAKA00AiAkEBajYCgNNAAkAgAkEASA0AQQAtAMzWQEEBcQ0AQQBBAToAzNZAQQBBACgCyNZAQQFqNgLI1kBBACgC/NJAQX9MDQBBAEEAOgDM1kAgAEUNABBoAAsAC1EAAkAgAWlBAUcNAEGAgICAeCABayAASQ0AAkAgAEUNAEEALQDN1kAaAkACQCABQQlJDQAgASAAEC0hAQwBCyAAEBchAQsgAUUNAQsgAQ8LAAtKAQN/QQAhAwJAIAJFDQACQANAIAAtAAAiBCABLQAAIgVHDQEgAEEBaiEAIAFBAWohASACQX9qIgJFDQIMAAsLIAQgBWshAwsgAwtEAAJAAkAgAUUNACABKAIADQEgAUF/NgIAIAFBBGooAgAgAUEIaigCACACEDcgAUEANgIAIABCADcDAA8LEGEACxBiAAtHAQF/IwBBIGsiAyQAIANBDGpCADcCACADQQE2AgQgA0HgkcAANgIIIAMgATYCHCADIAA2AhggAyADQRhqNgIAIAMgAhBLAAtCAQF/AkACQAJAIAJBgIDEAEYNAEEBIQQgACACIAEoAhARBQANAQsgAw0BQQAhBAsgBA8LIAAgA0EAIAEoAgwRBwALPwEBfyMAQSBrIgAkACAAQRRqQgA3AgAgAEEBNgIMIABBvITAADYCCCAAQeCRwAA2AhAgAEEIakHEhMAAEEsACz4BAX8jAEEgayICJAAgAkEBOwEcIAIgATYCGCACIAA2AhQgAkGUicAANgIQIAJB4JHAADYCDCACQQxqEFgACzwBAX8gAEEMaigCACECAkACQCAAKAIEDgIAAAELIAINACABLQAQIAEtABEQRAALIAEtABAgAS0AERBEAAsvAAJAAkAgA2lBAUcNAEGAgICAeCADayABSQ0AIAAgASADIAIQJCIDDQELAAsgAwslAAJAIAANAEGUjsAAQTIQYwALIAAgAiADIAQgBSABKAIQEQsACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQEQkACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQEQgACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQEQkACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQEQgACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQEQgACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQERYACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQERcACyMAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgBCABKAIQERUACyEAAkAgAA0AQZSOwABBMhBjAAsgACACIAMgASgCEBEGAAsfAQF/AkAgACgCCCIBDQBB/JHAABBeAAsgASAAEGQACx8AAkAgAA0AQZSOwABBMhBjAAsgACACIAEoAhARBQALFAAgACgCACABIAAoAgQoAgwRBQALEAAgASAAKAIAIAAoAgQQHAsgACAAQr/vtPrh37HYXzcDCCAAQqn2w62BitaoUTcDAAsOAAJAIAFFDQAgABAhCwsOAEHpiMAAQSsgABBIAAsNACAAKAIAGgN/DAALCwsAIAAjAGokACMACwwAQZDSwABBGxBjAAsNAEGr0sAAQc8AEGMACwkAIAAgARALAAsJACAAIAEQTAALCgAgACABIAIQLwsKACAAIAEgAhA4CwoAIAAgASACEEYLAwAACwIACwIACwIACwuEUwEAQYCAwAAL+lKABhAAYAAAAK4AAAAUAAAAQkxBS0UyQkJMQUtFMkItMTI4QkxBS0UyQi0xNjBCTEFLRTJCLTIyNEJMQUtFMkItMjU2QkxBS0UyQi0zODRCTEFLRTJTQkxBS0UzS0VDQ0FLLTIyNEtFQ0NBSy0yNTZLRUNDQUstMzg0S0VDQ0FLLTUxMk1ENE1ENVJJUEVNRC0xNjBTSEEtMVNIQS0yMjRTSEEtMjU2U0hBLTM4NFNIQS01MTJUSUdFUkZOVjMyRk5WMzJBRk5WNjRGTlY2NEF1bnN1cHBvcnRlZCBhbGdvcml0aG0AAAAA782riWdFIwEQMlR2mLrc/ofhssO0pZbwCMm882fmCWo7p8qEha5nuyv4lP5y82488TYdXzr1T6XRguatf1IOUR9sPiuMaAWba71B+6vZgx95IX4TGc3gW9ieBcFdnbvLB9V8NiopmmIX3XAwWgFZkTlZDvfY7C8VMQvA/2cmM2cRFVhoh0q0jqeP+WQNLgzbpE/6vh1ItUdn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gW9ieBcEH1Xw2F91wMDlZDvcxC8D/ERVYaKeP+WSkT/q+ASNFZ4mrze/+3LqYdlQyEPDh0sNub24tZGVmYXVsdCBsZW5ndGggc3BlY2lmaWVkIGZvciBub24tZXh0ZW5kYWJsZSBhbGdvcml0aG1saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjLnJzY2FwYWNpdHkgb3ZlcmZsb3cAACkCEAARAAAADQIQABwAAAA6AgAABQAAAC9Vc2Vycy9hc2hlci8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL2JsYWtlMy0xLjUuMS9zcmMvbGliLnJzAAAAVAIQAFkAAADwAQAAEQAAAFQCEABZAAAAlgIAAAoAAABUAhAAWQAAAIICAAAWAAAAVAIQAFkAAADEAgAAKAAAAFQCEABZAAAAxAIAADQAAABUAhAAWQAAAMQCAAAMAAAAVAIQAFkAAAC0AgAAFwAAAFQCEABZAAAA8AIAAB8AAABUAhAAWQAAAA0DAAAMAAAAVAIQAFkAAAAUAwAAEgAAAFQCEABZAAAAOAMAACEAAABUAhAAWQAAADoDAAARAAAAVAIQAFkAAAA6AwAAQQAAAFQCEABZAAAAKgQAADIAAABUAhAAWQAAADIEAAAbAAAAVAIQAFkAAABZBAAAFwAAAFQCEABZAAAAvQQAABsAAABUAhAAWQAAAM8EAAAbAAAAVAIQAFkAAAAABQAAEgAAAFQCEABZAAAACgUAABIAAABUAhAAWQAAADcGAAAmAAAAQ2FwYWNpdHlFcnJvcjogAAAEEAAPAAAAaW5zdWZmaWNpZW50IGNhcGFjaXR5AAAAGAQQABUAAAARAAAABAAAAAQAAAASAAAAEwAAACAAAAABAAAAFAAAABEAAAAEAAAABAAAABIAAAApY2FsbGVkIGBPcHRpb246OnVud3JhcCgpYCBvbiBhIGBOb25lYCB2YWx1ZRUAAAAAAAAAAQAAABYAAABpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzICBidXQgdGhlIGluZGV4IGlzIAAApAQQACAAAADEBBAAEgAAADogAADgCBAAAAAAAOgEEAACAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTlyYW5nZSBzdGFydCBpbmRleCAgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggxAUQABIAAADWBRAAIgAAAHJhbmdlIGVuZCBpbmRleCAIBhAAEAAAANYFEAAiAAAAc291cmNlIHNsaWNlIGxlbmd0aCAoKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKCgGEAAVAAAAPQYQACsAAABoBBAAAQAAAC9Vc2Vycy9hc2hlci8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL2Jsb2NrLWJ1ZmZlci0wLjEwLjQvc3JjL2xpYi5yc4AGEABgAAAAWAEAAB4AAACABhAAYAAAABUBAAAsAAAAbWlkID4gbGVuAAAAAAcQAAkAAABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZAAAAQAAAAAAAACCgAAAAAAAAIqAAAAAAACAAIAAgAAAAICLgAAAAAAAAAEAAIAAAAAAgYAAgAAAAIAJgAAAAAAAgIoAAAAAAAAAiAAAAAAAAAAJgACAAAAAAAoAAIAAAAAAi4AAgAAAAACLAAAAAAAAgImAAAAAAACAA4AAAAAAAIACgAAAAAAAgIAAAAAAAACACoAAAAAAAAAKAACAAAAAgIGAAIAAAACAgIAAAAAAAIABAACAAAAAAAiAAIAAAACAL1VzZXJzL2FzaGVyLy5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTZmMTdkMjJiYmExNTAwMWYva2VjY2FrLTAuMS41L3NyYy9saWIucnNBIHJvdW5kX2NvdW50IGdyZWF0ZXIgdGhhbiBLRUNDQUtfRl9ST1VORF9DT1VOVCBpcyBub3Qgc3VwcG9ydGVkIQAACAgQAFkAAADuAAAACQAAAGNhbGxlZCBgUmVzdWx0Ojp1bndyYXAoKWAgb24gYW4gYEVycmAgdmFsdWUAbGlicmFyeS9zdGQvc3JjL3Bhbmlja2luZy5yc+AIEAAcAAAAhgIAAB4AAAAAAAAAXgzp93yxqgLsqEPiA0tCrNP81Q3jW81yOn/59pObAW2TkR/S/3iZzeIpgHDJoXN1w4MqkmsyZLFwWJEE7j6IRubsA3EF46zqXFOjCLhpQcV8xN6NkVTnTAz0Ddzf9KIK+r5NpxhvtxBqq9FaI7bMxv/iL1chYXITHpKdGW+MSBrKBwDa9PnJS8dBUuj25vUmtkdZ6tt5kIWSjJ7JxYUYT0uGb6kedo7XfcG1UoxCNo7BYzA3J2jPaW7FtJs9yQe26rV2DnYOgn1C3H/wxpxcZOBCMyR4oDi/BH0unTw0a1/GDgtg64rC8qy8VHJf2A5s5U/bpIEiWXGf7Q/OafpnGdtFZbn4k1L9C2Cn8tfpechOGZMBkkgChrPAnC07U/mkE3aVFWyDU5DxezX8is9t21cPN3p66r4YZpC5UMoXcQM1SkJ0lwqzapskJeMCL+n04cocBgfbOXcFKqTsnLTz2HMvOFE/vla9KLuwQ1jt+kWDH78RXD2BHGmhX9e25PCKmZmth6QY7jMQRMmx6ugmPPkiqMArEBC1OxLmDDHvHhRUsd1ZALll/Afm4MVAhhXgz6PDJpgHToj9NcUjlQ0NkwArmk51jWM11Z1GQM/8hUBMOuKL0nqxxC5qPmr88LLKzT+UaxqXYChGBOMS4m7ePa5lF+Aq8yJi/giDR7ULVV0qou2gjanvqacNxIYWp1HDhHyGnG1YBRFTKKL9he7/3HbvXiwm0PvMAdKQicuU8rp12foq9WSU5hQ+E9+vE7CUWMkjKKPRpwYZEfYwUf6Vb8AGLEZOsyrZ0nF8iDPee+0+ORhlbm10eSkzcV04GaRbZHWpSLmmG3xnrP17GXyYMQI9BUvEI2zeTdYC0P5JHFhxFSY4Y01H3WLQc+TDRkWqYPhVlDTOj5LZlKvKuhsWSGhvDncwJJFjHGTGAualyG4r3X0zFSUohxtwSwNCa9osbQnLgcE3PbBvHMdmgkMI4VWyUevHgDErvIvAli+4kt+68zKmwMhoXFYFPRyGzARVj2uyX+Wkv6u0zrqzCouEQTJdRKpzojSzgdhaqPCWprxs1Si1Zez2JEpS9JAuUeEMWtMGVZ3XnU55l87G+gWJJTObED5bKRkgzFSgc4tHqfiwfkE0+fIkKcQbbVN9NZM5i/+2HcIaqDi/FmB98fvER/XjZ3bdqg8eluuLk2L/vHrJecGPlK2Npw3lESm3mB+PkRoSJ66O5GEImIUxrfdiTevqXO9Fo+vszoSWvF6yzvUhYve3DOIz9uSTgqsG3yyjpCzupSwgWpixj4rMR4QLz6NZmJdEUnafFwAkobEW1agmx127PrrXCznbarhVykvlY4BHbP06eh3dnmbnCMaeUSOqSdGiFVcOlPGPhHFFfRciTAFBMl+17sIubjqhXF4PYcP1dXuSKYA25NbDq58TrS9Az0yp8V0NyN+lvkjZiz5+9z+9V9OgpUX2dB8lLtGigqCBXlKe/WZJemh/zpAMLsU7l7q+vOjCX3QJ5bwBAADWs9rmu3c3QrVu8K5+HGbR2M+qTTUfeKH8rxYrSigRLR8difpnT/zx2gqSy13C7HNRJqHCIgxhroq3VtMQqOCWD4fnLx84mlowVU7p7WKt1ScUjTbo5SXSMUavx3B7l2VP1zneson4mUPR4VS/MD8jlzym2dN1lpqo+TTzT1VwVIhWT0p0y2oWra7ksqpMx3ASTSlvZJHQ8NExQGiJKrhXawu+YVpa2e+a8vJp6RK9L+if//4TcNObBloI1gQEmz8V/mwW88FASfve881NLFQJ41zNhYMhxbRBpmJE3Lc1yT+2046m+Bc0QFshWylZCbhyhYw779qc+V25/PgUBowB8806Gs2sFBstc7sA8nHUhBba6JUOEaPBuIIavyByCkMOId85DQl+t51e0DyfvfReRKRXftr2T534pdSD4WAd2keOmReEw4eyhhizGxLcPv7vywyYzDz+xwP9mxiQtW/k3FdMmkb9MjdlrfF8oAD3flmIHaNoRMZZ9mFb1LSwL3YYdwSZ0K5bFaa6UD1MXnVo37TYIn9OIen0lawuU7/dKgkBvbQJOa4yUDSOsDf1TYONciBCqJ0g+vcj/p6bHWmef42uxIjSRgRbeGnhJMVMe4UTyjUBf9ghpYp7Ew9Au86+lgdYZisuJ96wwiVBJhI2svserb0CdwXpS/isjru61HvGG2Q5MViRJOA2gOAt3IvtaJ/0VoE8YBFR79v3NtL3gB7SilnEJ5fXXwpnlgiKoMup6wlDj0rLoTZwD0tWr4G9mhl4p5q5wFLpyD/IHp+VuYFKeXdQUIzwOGMFj6/KOnhnemJQP7QHd8zs9UmrREqY7nm25NbDO4wQFM/R1MCcoMhrIAvABkSJLdfIVIihgixDPFyzZuNn8jcrEGHdI7kdJ4TYeSerVq8lFf+w4YO+qUl+IdRlfPvU50ht5+Dba54X2UWHgt8INL1T3Zpq6iIKICJWHBRu4+5Qt4wbXYB/N+hYn6XH5a88wrFPapl/4tDwdQf7fYbTGomIbt5z5tAlbLivnus6EpW4RcHV1fEw52ly7i1KQ7s4+jH57GfLeJy/OzJyAzvzdJwn+zZj1lKqTvsKrDNfUIfhzKKZzaXouzAtHoB0SVOQbYfVEVctjY4DvJEoQRofSGblgh3n4ta3MndJOmwDdKv1YWPZfraJogLq8diV7f891GQU1jsr5yBI3AsXDzCmeqd47WCHwes4IaEFWr6m5ph8+LSlIqG1kGkLFIlgPFbVXR85LstGTDSUt8nbrTLZ9a8VIORw6gjxjEc+Z6Zl15mNJ6t+dfvEkgZuLYbGEd8WO38N8YTr3QTqZaYE9i5vs9/g8A8PjkpRurw9+O7tpR43pA4qCk/8KYSzXKgdPujiHBu6gviP3A3oU4NeUEXNFwfb1ACa0RgBgfOl7c+gNPLKh4hRfucLNlHEszgUNB75zImQ9JdX4BQdWfKdP9L/zcWVhSLaPVQzKgWZ/YEfZnZ7D9tB5jaHB1OOQSV3IhX6si4WRn9f4v7ZE2wSsqhI6m7nkhdU3K+PidHGvxLZAxv1gxv6qrEx2bcq5JYnrPGs69L816ejQMW8+wptE1YQhQxtmt3hiXiqdHkqeCU105vAigcJXeKn0O3G6rM4Qb1wnutxvr8Kklxiwk/10KWio5ASC2vjVMArk/5i/1nd9n2sqBFFNTc11Nz6cpFehMrcIJ0yYCv4hBgvZ83hLMZ5LGQk0a2iCYsm59kZaunB0AxQqUubanha80NMYzYDAg4i2GbrSkd7wcKqm+zjGnNqWAKE4HpmJoKl7MqRdlbUZ7WtdUhcFZQd3z+BW5j9AG0GzXS3/G4oUa9Epx9HNIheLq5h566gLPea4OiuzeRAvmX2GFG7C5fpZBnfM+tLbnJilxkpBwA7cKcw7/UW2DFGvqYEFbW1gLhsS9h+w5MXZJZ96fZ37SF7c2v5LjEGY3f082/oSIlSrvj4o4by19tTYxD8TOfcyhbdxlL6vRlcANNq1GRdj4ZoahgezyxRnTquYFY4wmJ+Ntex3Hfq51njbr6adHMHbFJLc5/Q+eVac6iLVYrMxz9JRatBMFPBubC9WQpHulgZMpPDRl8LsC2F5bA20yubIJGf8Z5lfU9gbiTLLHjiipq5x8QUyLYq9cx7chG+r9knR02zIQEMDZV+H0etcFZDb3VJaFphQtSt9XqVuYCZ4IdOVeOuUN+hzypW1S/9OiaY2NaPDNhNkvTIOhdKdT3Kmc88v5GvrHtH/i3BkNb2cVPtlHBoXihcGoOkoAg3CsnTxYBl0Bc3kH8Pf/L9uBO7+RlDKFBNG2+9sRJA/4+jG3YcOx/i4sQwFQ2KLDenac5DiWbOtf4RThjlIWZzvYDbi2ELTVeL1ropfVv+5iU+YbuBP5EHvBCcHAeXLawJeeu+x1fXxTs1jeXD6GGP85J4AesawhybnPvv1Kv3lPQmfXKZAz5rlaJj4KMwnKBKmotKnbQPCQDVt2o/wIomV6DywJzRQr/tLZ3uPXKpYHnISQ8zQRtChwJyssacNgB8wJ7FCiU0NctJrE7v2CkB704kUPS23vTK5UbMivdjkphjq/4veEV6Xf65fI81RmNOZPfYWwDJLb8Vc3pCHCYlIarE0BdQjlGTbEiSOcPU16Lg/su0jd1dLCDWdXxhbFvj2JXC2xkrAwLTabNgMkHk3F9oQs4QVvbdud3zBvBI4bUd0qSOb0nNL+b8sCAx7rBYI5EbLAij9Ri4F4Oyz9KmnBgenKjI26pqVxhrDOP6mRKp6l225ycQf0t5K/vrWztEfzHkBKbQOVkyLYVL/H8g++5rrtV008eBsoKWMHW0w5ShCeO6BZ+0E3v5w4xnOSn4L0KpmHz/dhCwFksk7mc9ZhxXv/ihDePuWGcNH7e53nrZEbbJoldse4jVr7fhT5hrhK6QYv2lwazeTN+U/zpIxdFbigU3PLpCwWwWY0Bv97JuUriNTm0NbwOACOEdMR2XySMFnpHWfMwkKOxFyYIj5lmDW1eVmYjEDUCe+mgVckXLPoLRLwgGgjuY/drLqIYjCCl9qoh1uANEzZ8m4NG9KPf1kRv2AQIEOZ9m5N5K8IwhfB16zuWc1yk8YmWxC8CWkERoI7oDpZ2H8ZurjgVYpLHsI7zMHkC7Ad9Ymj0UX6ho6HCgniPyfTCI8U+DEWQatGXVFAIWcFJ0MxPuCV4oP889DpVTCci5VAKTWW3aMIlAmfI7hxNpUz+UVamEh8upyt5eoaDpKzUnIRQp+3pO/x838HYoIk8nUPQ5AouGXh3wOge7wZYOwXEFyL8jLiJohQhn0rC1gI7Uo3GWgbuT4YrTtVW4BIuh0OI6aV8z1a3stEhcyqEWSRk7dP3EmL40gQF3Ja2kVDzoh3nnueEz2hQQ4SgTomoinsUMJ2BfGm11X0lxd++vYPtT6Ju/PUT3p4bHrYKasnNhRQQJXr0ywmZ6vFiyyDpnjFUG8yp3ybbGOfZB2jXan+nvbSEV5nscxwxkESdVXFaUNsSTOXh3RmKOA+ppJD5azvOr+dIS0w+Ndh50xlLWzoO4RAFShT+jW1oLwp1aQ8MzluYa7P2MCKSMopcg9JYePKQkiEan7m6mL2E3Wg7P+WWxTGtK+6ugBhyqQ2t5YvFvwk1/D5vtVI7Mumw+JbvS7/+3pk+dorCVvCUujDjx3oul1oZU8LZ2xUrX3l2ARSu8vTCAiZJN6XCvgTzbADGe2m3/PkeIzN+fw42zfrgXjVKFOBJCtrFA0g7a8qn5S9Xc+s5E5n48Qw4gEhNIx3g6T8j8n7t2hSRyH83w5M84NgV0aexMTuwMfLanK+0yzuXzTS+sEUzqJkPRM8u8WH7HTATppO/8NNmTMlFfRFTlBlVkyV0K5H0xj0HeUFni3Wkas4w4hgqCVTSotC3pGnGEHqkQkHGDSbG38PdNeXGXwKsuKtYOXI2ql8D6Ipvz2vEvzJ/0gZLyb8bVf0g/qNz8Zwaj6GPO/NLjS5sswrv7k0v3P9pmunD+0mWhL9STDpd54gOhcV7ksHfszb6X5IU5ch60zxdQ914Cqgq34LhAOPAJI9R5hYk10Br8jsWrsuILksaWcpFaN2NBr2b7J3HK3Kt0IUH/ckqmzjyzpWYwCDNJSvD1mijXzQqXjV7CyDHg6JaPR12HdiLA/vPdkGEFEPN77JEUD7uusK31kojVD4X4UJvoTbdYg0h1SWEcU5H2TzWj7sbSgeS7AgeY7e19BST7iQLploUTdTCs7XInF4A1LR0Nw2uOwo9z6yZDBGOP71RYvjvdWjJSXJ4jRlwyz1OqkGfQnTRRTdLBJKaepu7PUSBPfi6GCg8iE2RI4ASUOTnOt/yGcKQsxNnM5wOKI9JaaNvxL6uyhGQG7Hm/73Bdnf5UGEic3bkTW60JFe111PAVUZjHDgbN6wv4tzoYkWeM1eTu81JQfBjR/4JO5ZIRXcmibKy5TKHuhl19Z1OxvoU0KkmMH3gdGd3564SnumYI9nSM0KI7ZI9RInwI4VbpUoiNrhDEjctopxqO7L8mdwQ4qkU7zbQ4d6YZ3g3sHGkWrQcuRoCTMdTGOBmmC22HpcVA2I+lH/q5FhhPpzwXsYoYHwKcyZgv2qsW6EoTq4AFPrtaZHO3BTtf9vJ1Vb6iASWpi35OAHQvG1PZ6HEDWNccME52YpXYbn89AG9Z/yZZsbnWxag9KWWfTPiQ1k3wzm6IrzP/XyeCRwEIgj8IMxTktfkamkD+Df1rOdssNKMlQ1KyAbNifueKWmFVZp+eb8MJLNOSLVpFhYV0R0mp3sfyup6jM8G0z2NiVLxuzECwg7Ams/3IVJQ7jNf/h55q9VbGK/SZDZTCLS1uCWsJ3/eYv1LYOh7gphkLtNTby5ypQlnF6UWvmJmlhjHZB+iVYjZz96H6GxhIax0KehXiV+wf1Rog9mpEZ0Z18LDPyusV5ngHKWhPH/O4HtEiztY+cSI7ycMup8FXMC8fP3zDrEbLDvWqAv2TuNvPnwtgLtkfM9Y66khh+Zik6oNqi25C2KjcXHO3dLKJoBFKUh5zs/aHSWfJy+UIiBGU05uxx+QGmQyiJJt+f+2vp0Q2697qCWXeDu/o0/EebLSPeelDfcm5oygMdITX8qJvVpdhR5aEe50GX7bm41t6EG++eO0wY/kVagd65w3m7tCbi6BK7ksrTom4xz6mVmr0/jS6WRMSAvwDNyj4mb9MyDCvDDVxgDl6aBfwiXqn0Gk1Qp7rqcHxmYHuLSh2eYy9eh/dpTcXXYD6qQk8Q1NP2aF831MMi/p3y2yIvNzZPyBHG6l8kUDA39zR+UIB0H1YezhPHfx2hANlMfPF5/gjOXPj50QiKgNLp/VQ16WHXC6ZmDbETCsIPPZYuOx7kd/abfhb/LhwMnbdtSm7cq4QKzYAd07JaleP+x7G2hLRGiek+sUOwxtpQ3EyzBFjJP8GMuUwjjZCMZajLOAxDjhx8XatCpZcjZU2pW3BMPTW+NLh5xs/0f/I4dtNAGaueHVG5nsGAT+DBW1Y/juttTS78Jcrock0XwmoDNYlRbZ6JNF3dAHzxtvcTdLK3tQULkrrHgq+2ea1vasBQ3n3cH4q/UAFJ4ot9N7BIkyjwI4HAYdjwfQaUd7lCjOavVI6u341ZH2qV3hpdzJMrgMWg04AEuN4rSAQoufyILRqDKdBneZBEeoYbOAoKGtPmL2MstKDnW5EbF+3Jn+NQU2MVke6jj0Y5r+tC9hEYBZff20gDj7KyxE5pFjivMAdskYXOnLTzdf1VKjKx5wdJj2IMqx8LJS6I2TCkHa4QoBHJFXlF584olZ2R77goC2rZ16bKE0x/buPnCuGRGUTFJ0EyHy0k8eRKzYbLILY3xP7VUaxTnup4hQHusseFF/eXJ1FQ2GJrPDV8fuoUwBbXhzYBOqX87P91KiBIWIIEipXQdO86YrlzEOGJREUpODGpP7FRJEPYs9lZdAzDaGcIZ9IjaRUIchjbaxePsSvDXdyOotyqe+H3yB7TpPX5YY+GrYDVeME1RnI+yHjyqa/YKyzUJoSw7affupoXs3HsYOUGZAcsGw3lcLVPOk9E625Kt8u1a6EeKDAEvVgLskQYuOjhj28zlE5FpudJjX6tc3QKm59DDNXf9iXYuhZ57CNiSHyjil+qqXRKQAAVUUbBrXhisCLOnCSbCscw8JC7yWva1nMlFYEVCLbcx0KmhfE2fmgtgRgPD2uoq/978SWlLRbB8j349QcHRTHxZw0VY4hOBa9eGokUPhoFfGyKbwClfq8+u0bBSPa8uVseXxTk9ywKOGqrilL7qA9STrXlWhBLGvftTd/LRIlvav8scRdEFgLgXCQKoj3N90P4Vw/ilG1yk1SWyVRhIeFnjziNL0ZgYIpQMvsPF1vW6B0yj7hQhUCELas4lkv0Xn5D1DM+eQn2jdgfYTxDVqXkl7+I+bTkOFt1kiAVnu41jJQbiE1gs63NppKS/YkeiongPcWaYyL7e+TVRXOTPS/3TclvZlLXduVS8AvgWmh/dOStgtmkJpKGvuyuaRGaRkMc2jaSX+qieKBX6Cxgw+aZmSL9ESWff+zJ7N1to1cYWvMlb7rvLkgT2eCWWV1giMxbwXPRT5xiORaVxHCVJmfYb/p6qhAYMS66s3BwPLpb0xFHGkSZEn2nEFwD1sm7zvc056KV8P1YA5tVTwyJoVgDlv1WRv6qcFGGvqPTHyhReKp11Up21lRymXCrzXOdgrbBUU9Eal+x+qBDQqstor4jlL/43tZU6KeoFbNSKyz3w1Db+Rc9Hqms8Re0OL72M/OTvA1mbMQb/U+xhnWnILWIgtpIN90Ckb9F0DtEIWOzPhsp8puOr8kyNZJcIEaWD0kYaJjwbu2rIsEMsxEfcKKo9mrEPSqW//df0uCBKhaSW2tlJ+MLU+npuHj6N41EoX31JPYQGWIf0v92r+kKgQgfCR8MtEXxaFuCYVmGja0ZmnVfQUhEsOlfSf3zzqkk5jVlIEiwM0cxfBk24lh/8S8Mz3xauZMGMsF4OqbuR0dzVz/D5hC/qdUuLCfS41xamrUe4z9pSLMqA/RMb3kK5WEFNNHOCTLX5f6xwfERlge7YZIBAu3HnnbzSh/QXP14guwwnf4gCFFkJVcAOtw8//da3qk1tnWOJ5QzgKnf2QAD+vrBm9gds8GzB0K/4aii/LZ5GLCGMldMFrYVF8iMocdW0f+tcxoFrVPLSC6K9fZuXmmpUMtkQ0chFPopBK/SKp+O98dL/JHDh54cwm1CuYM8u9Ct/+d0WHSIDkuKgYDK6EWlQRlOSLrYBm4uA7V/hYcJW4BJvgww8CacXY+lWUmFe1wlTamlDHWAofJsZSD8HRQ4VyykIxZunD2QpcLgRVKeWyMr/zpJVkNTnRo2GxxZzAbc9fod7AKkWEvxFrbu2FqZxWF8Ps+UZPV6YOeS3KU9I1kCVyY4Yfo/Qw3dcbTsTRdJQ28M+Q13OAbEzRCuKrQr36LtFAqBAg1q6NE7sSXmdCZFyBJe5qCQUTFtweDOyambGr99JUvdeXGCCxAF3KS7tmVp1S3iio9lHIvVfdCpAgSeBlOMzEskWLu6nyNqU8Js11mL4bDVfOxU10XEAa9Jz9BQLhs/kZZ+gzfkjfgP49euC43AOfPGOG8recpvqfdMYTeXO5E5T6H8UEbG3iK5/DSoHhMyaUoB7Z3KC5BOSymya/zXiahxQYlagx3wrwSzuHc1W22OjdbZ0rQmVTmFtK/gTRSj32J8xXs/GRvD8gTW4thvu90HT4nFLeC3KwXnRkD4L9A3fhh4OdXkuk3qlp3BGliUvr5Vj1GOva7i2RuokMVPwHwmMieh59+MKjMdwEVpCdMzEgzHcosL0MbE6Bvn48fHd7W3adHoAJmYMeyHMxkqzfS09H8JXKOk5t29A+OcANO7C3BAz3a+7L+mohD7tLOC65DT/vrI4nLIm059zwBDTZpIuDU0gI2XoVMeB/QugU4B0b1UjgTeuEzOLbHigV0SN9KoYpnnLKSus2t+mzHn+gMNJ4zCAlOnV+5I1kfKemv8V8mSg/2gDRuHISbsio6v+6ttJGPqDgZ4sPTxkX4799X8qos9gtrAC947nVv73n0YqkWiRzUWqURU9T+hJDSKfLmALAWe8LxQnTAI5h0dh8rYFN0wqPsdku9kRa5Y/SYjGrmrfE8ybwUl4NFbT4hhYgRR00n8H0XjlEpP1C1c5u0a2v5w2iBFhCusMpjO5Y9DhTboVVWS/yNXN4UbjXxiffB2lFOr2g+aNkPS42dT6jJ0fmgUj/gkTaAjofhRm7YXlBx0JkOGnE8EJNODLJlCFouaPDkH/z7VpvfXhDjXY3qehh5I7H9q3Gce+e+4Z25LiNFzzPqwOwhoccFGFLXpFlyfK5W6/WWONx1j7E9j2OqjoDpq401OZ+scgvAkfret5ItSWL9QVVrW00u+ejexm1+6r7Eq1c/Nc6QVtrWaVdzhBQ5QqZKIwqdDfgogFD59hXys3qiGeO4TRo0URGcrTEFWO97pSI8dzOGlgcaVsdFNr6dJJ7aE/loTKZ4my1l2u80wzt/qSdM9Bdr5iASYnYLfc2aiUN3loJn7eDKW+7z/HnIADZ1n0C2bZK1OZrQBojFejGwroNvIR84hkrK5gElMJ/RYjT/Zvs7/d0kfCBy6+Ls4tO29kreCOrHvk2ZnMSLmrCX5axJupcHz2ZHjLN1KnzFc5MbE1gek2HOLIKxDBy6CblVdZ3SEX2T3a9/EuSSbcatO9opvOzCVHHVwaIk/vaCTRPFWE8nYltR4zocJoHLAS7IB+nLf+MTGQnt+MlGAMj52EkyY/uI4+2bz4Ce8WwRmlOBGFck1Wv38wNRqPdHrvXmtxXPnH7U3sbX2xq7KAJBXOVEmU7bXiXUR7Yw/Kq4K4gRXSoh0ym7iwn1s5YC6RTqtY9aAt1XIZR7Z7WskKPA51j7AUq9g0xn04k7ufNL36QtnilIq4wyHsT8UixYupaM8wOyXdh/vb3RyoOugmDBQrS7sJrapWvoX7k/qXE3ZwQusthSMUnJWFOEHlS0l4ZIKr5maY7TLdyilSuFPJKsESzAe6jyDZmxiCO+N08b+giAfAPlVE3I0HAf1FfOfuytkFQ6OgbZJzwrAL+iMICEo65+wAMg7W0yAsaGQKlpfSing4p69TDLX3rFeefreeREaLXpvNwFD7Rzo+IOV4hueBrXoPbovc26nIcvo2TBvNFql4vXZpZe4iGrPMPl5apjEJCQjWlIRLMYmLuKHj6uh2TjtNw7iTH5va8Z1btf3KBFY8pllJsm/iiG7FGcP2ABXR63SVChBkDkTbHLdvflcGy/7StV7/IYEkGjNlpwCAcMy0RgmE91FE3nDiioDkPZVs1lUF9T15ElwZbvCnLxIzLIH6Vjc285oMNudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0AJkxBG5hbWUBkTFsAEVqc19zeXM6OlR5cGVFcnJvcjo6bmV3OjpfX3diZ19uZXdfNWRkODZlYmM5MTdkOWY1Mjo6aGY1NGY0OTM5ZTliNTEwNzABO3dhc21fYmluZGdlbjo6X193YmluZGdlbl9vYmplY3RfZHJvcF9yZWY6Omg5NjQwNjIwM2Y3MjdhNTRjAlVqc19zeXM6OlVpbnQ4QXJyYXk6OmJ5dGVfbGVuZ3RoOjpfX3diZ19ieXRlTGVuZ3RoXzU4ZjdiNGZhYjE5MTlkNDQ6Omg0MjEyYmQ1MmQ1ODhiMWZhA1Vqc19zeXM6OlVpbnQ4QXJyYXk6OmJ5dGVfb2Zmc2V0OjpfX3diZ19ieXRlT2Zmc2V0XzgxZDYwZjczOTI1MjRmNjI6OmgwNTY1ZGY3MDgwYzVlMGZlBExqc19zeXM6OlVpbnQ4QXJyYXk6OmJ1ZmZlcjo6X193YmdfYnVmZmVyX2RkN2Y3NGJjNjBmMWZhYWI6Omg5OGU4YzFhODM5NjEwMTQzBXlqc19zeXM6OlVpbnQ4QXJyYXk6Om5ld193aXRoX2J5dGVfb2Zmc2V0X2FuZF9sZW5ndGg6Ol9fd2JnX25ld3dpdGhieXRlb2Zmc2V0YW5kbGVuZ3RoX2FhNGExN2MzM2EwNmU1Y2I6OmhhNjkyZmRlODRlZmNkYWNkBkxqc19zeXM6OlVpbnQ4QXJyYXk6Omxlbmd0aDo6X193YmdfbGVuZ3RoX2MyMGE0MGYxNTAyMGQ2OGE6Omg2MGFiY2ZiZTMxZDM3MzZlBzJ3YXNtX2JpbmRnZW46Ol9fd2JpbmRnZW5fbWVtb3J5OjpoOTcwNjg1NjYyMjFiOTNiZghVanNfc3lzOjpXZWJBc3NlbWJseTo6TWVtb3J5OjpidWZmZXI6Ol9fd2JnX2J1ZmZlcl8xMmQwNzljYzIxZTE0YmRiOjpoNDAyOTdkZjczNmE1MzQ3ZQlGanNfc3lzOjpVaW50OEFycmF5OjpuZXc6Ol9fd2JnX25ld182M2I5MmJjODY3MWVkNDY0OjpoNjJhZGMxNWU2N2QyNjA2NQpGanNfc3lzOjpVaW50OEFycmF5OjpzZXQ6Ol9fd2JnX3NldF9hNDdiYWM3MDMwNmExOWE3OjpoY2I2NmI3ZmE4N2EzNjMwNwsxd2FzbV9iaW5kZ2VuOjpfX3diaW5kZ2VuX3Rocm93OjpoM2MyYWM2Y2ZhMGE4ZDQ4MgxAZGVub19zdGRfd2FzbV9jcnlwdG86OmRpZ2VzdDo6Q29udGV4dDo6dXBkYXRlOjpoN2IwMDc0NWNiZTIzODY1Mw0sc2hhMjo6c2hhNTEyOjpjb21wcmVzczUxMjo6aDE3ZTQyNGZiNDcwMjk3MmEOLHNoYTI6OnNoYTI1Njo6Y29tcHJlc3MyNTY6Omg3Y2Y2NDJlZjc2ODY0YTkzD0lkZW5vX3N0ZF93YXNtX2NyeXB0bzo6ZGlnZXN0OjpDb250ZXh0OjpkaWdlc3RfYW5kX2Ryb3A6OmhjNTZkZDUwNzFmNTg4ZWZkEDtkaWdlc3Q6OkV4dGVuZGFibGVPdXRwdXQ6OmZpbmFsaXplX2JveGVkOjpoNzlhYTg0MjlkMzc3ZWQwNREzYmxha2UyOjpCbGFrZTJiVmFyQ29yZTo6Y29tcHJlc3M6OmhmZDNjYjE1ODM2NGZjNThlEilyaXBlbWQ6OmMxNjA6OmNvbXByZXNzOjpoZWQ1OTFlNDg3ZDM1ODA3ZRMzYmxha2UyOjpCbGFrZTJzVmFyQ29yZTo6Y29tcHJlc3M6OmhlZGE4MzJmNzhlMGEyMDM0FCtzaGExOjpjb21wcmVzczo6Y29tcHJlc3M6Omg4ZGZjMzY3YzJiZjRlNDgxFSx0aWdlcjo6Y29tcHJlc3M6OmNvbXByZXNzOjpoZDI5OWUxODU5OGYzYzUzNxY2Ymxha2UzOjpwb3J0YWJsZTo6Y29tcHJlc3NfaW5fcGxhY2U6Omg1YzRkMGM2ZGE3NTI2NWI0FzpkbG1hbGxvYzo6ZGxtYWxsb2M6OkRsbWFsbG9jPEE+OjptYWxsb2M6OmgyYWJiZTFlNGYxOWNmNWYxGD1kZW5vX3N0ZF93YXNtX2NyeXB0bzo6ZGlnZXN0OjpDb250ZXh0OjpuZXc6OmhhMjUxYjE3NzdhYjA5NTZhGWU8ZGlnZXN0Ojpjb3JlX2FwaTo6d3JhcHBlcjo6Q29yZVdyYXBwZXI8VD4gYXMgZGlnZXN0OjpVcGRhdGU+Ojp1cGRhdGU6Ont7Y2xvc3VyZX19OjpoY2NmM2MzODIxZTMzODIwNxpoPG1kNTo6TWQ1Q29yZSBhcyBkaWdlc3Q6OmNvcmVfYXBpOjpGaXhlZE91dHB1dENvcmU+OjpmaW5hbGl6ZV9maXhlZF9jb3JlOjp7e2Nsb3N1cmV9fTo6aDFjMWM4NjE1ZTU1OGQ4YWUbMGJsYWtlMzo6Y29tcHJlc3Nfc3VidHJlZV93aWRlOjpoNDM0MmYwNzRjMmY3Y2RhOBwsY29yZTo6Zm10OjpGb3JtYXR0ZXI6OnBhZDo6aDYyOGZmMGU1NmJmNDQ5MTMdMWJsYWtlMzo6SGFzaGVyOjptZXJnZV9jdl9zdGFjazo6aGFiODAwNWNiN2FiYTVjNDYeIG1kNDo6Y29tcHJlc3M6OmgyNThmN2I3YTE3OGY2MmE4HyBrZWNjYWs6OnAxNjAwOjpoNmFhOTI4Mzg3ZWE0ZDQ3ZSByPHNoYTI6OmNvcmVfYXBpOjpTaGE1MTJWYXJDb3JlIGFzIGRpZ2VzdDo6Y29yZV9hcGk6OlZhcmlhYmxlT3V0cHV0Q29yZT46OmZpbmFsaXplX3ZhcmlhYmxlX2NvcmU6OmgxMjY3ZjljMGM0YmEzMjA0IThkbG1hbGxvYzo6ZGxtYWxsb2M6OkRsbWFsbG9jPEE+OjpmcmVlOjpoNjQ1OGZjZDkzYjg1MTIwZCJOY29yZTo6Zm10OjpudW06OmltcDo6PGltcGwgY29yZTo6Zm10OjpEaXNwbGF5IGZvciB1MzI+OjpmbXQ6Omg5M2ZhYjRmODllOWE0NjFhI0FkbG1hbGxvYzo6ZGxtYWxsb2M6OkRsbWFsbG9jPEE+OjpkaXNwb3NlX2NodW5rOjpoZDZhZTg5ZjI5MGFlYjcwZCQOX19ydXN0X3JlYWxsb2MlO2RpZ2VzdDo6RXh0ZW5kYWJsZU91dHB1dDo6ZmluYWxpemVfYm94ZWQ6OmgxZTc2YjQ5NzU2OTkyNGI3JnI8c2hhMjo6Y29yZV9hcGk6OlNoYTI1NlZhckNvcmUgYXMgZGlnZXN0Ojpjb3JlX2FwaTo6VmFyaWFibGVPdXRwdXRDb3JlPjo6ZmluYWxpemVfdmFyaWFibGVfY29yZTo6aGE5ZTk4ZjQ3NTQ4YzUxZDUnI2NvcmU6OmZtdDo6d3JpdGU6Omg0MjA2ZTA2OTVmMjQ0ZDU4KDRibGFrZTM6OmNvbXByZXNzX3BhcmVudHNfcGFyYWxsZWw6OmhiMDY5NmFkYmMxMWMzOTY4KT08RCBhcyBkaWdlc3Q6OmRpZ2VzdDo6RHluRGlnZXN0Pjo6ZmluYWxpemU6OmhhMzYwNTZiYjQ3ZmZhNTFlKj08RCBhcyBkaWdlc3Q6OmRpZ2VzdDo6RHluRGlnZXN0Pjo6ZmluYWxpemU6Omg3YTM5YzBmN2M0NmU1MjhjKz08RCBhcyBkaWdlc3Q6OmRpZ2VzdDo6RHluRGlnZXN0Pjo6ZmluYWxpemU6OmhmZjFkYjAyN2I1MzFiYTIxLC1ibGFrZTM6OkNodW5rU3RhdGU6OnVwZGF0ZTo6aDE5NzQ2YTJhZThjMjMwNTQtPGRsbWFsbG9jOjpkbG1hbGxvYzo6RGxtYWxsb2M8QT46Om1lbWFsaWduOjpoOWI2NDQ2ZDVhY2ZjNmVjYi5AZGxtYWxsb2M6OmRsbWFsbG9jOjpEbG1hbGxvYzxBPjo6dW5saW5rX2NodW5rOjpoY2UwODFmMjY0MDI3YzVhZS8xY29tcGlsZXJfYnVpbHRpbnM6Om1lbTo6bWVtY3B5OjpoZmYzMmQxNDRhYWJjNDg4YjByPGRpZ2VzdDo6Y29yZV9hcGk6OnhvZl9yZWFkZXI6OlhvZlJlYWRlckNvcmVXcmFwcGVyPFQ+IGFzIGRpZ2VzdDo6WG9mUmVhZGVyPjo6cmVhZDo6e3tjbG9zdXJlfX06Omg1MTg3ZWFkMmFlOWM0OTJjMT08RCBhcyBkaWdlc3Q6OmRpZ2VzdDo6RHluRGlnZXN0Pjo6ZmluYWxpemU6Omg3ZWE0YmIxNmJmYWViMzlmMkZkbG1hbGxvYzo6ZGxtYWxsb2M6OkRsbWFsbG9jPEE+OjppbnNlcnRfbGFyZ2VfY2h1bms6Omg4YWRhMTRkNWE5MDA0NWRlMxtkaWdlc3Rjb250ZXh0X2RpZ2VzdEFuZERyb3A0cjxkaWdlc3Q6OmNvcmVfYXBpOjp4b2ZfcmVhZGVyOjpYb2ZSZWFkZXJDb3JlV3JhcHBlcjxUPiBhcyBkaWdlc3Q6OlhvZlJlYWRlcj46OnJlYWQ6Ont7Y2xvc3VyZX19OjpoZWU0ZWY1YWQxNzJmMDg3MzUGZGlnZXN0Nj08RCBhcyBkaWdlc3Q6OmRpZ2VzdDo6RHluRGlnZXN0Pjo6ZmluYWxpemU6OmhlOTcwZDZlNTQ5YWZkNGZmNz5kZW5vX3N0ZF93YXNtX2NyeXB0bzo6RGlnZXN0Q29udGV4dDo6dXBkYXRlOjpoODI2MzRkMTg4ODQyYTViYjgxY29tcGlsZXJfYnVpbHRpbnM6Om1lbTo6bWVtc2V0OjpoNGY5NTE0OGE0NmI3ZmFjNDkRZGlnZXN0Y29udGV4dF9uZXc6LWpzX3N5czo6VWludDhBcnJheTo6dG9fdmVjOjpoOWIzMTY4M2JkYTE4NTBlYzs/d2FzbV9iaW5kZ2VuOjpjb252ZXJ0OjpjbG9zdXJlczo6aW52b2tlM19tdXQ6Omg1NmM2NjMxMmE5ZGRiODgwPC5jb3JlOjpyZXN1bHQ6OnVud3JhcF9mYWlsZWQ6OmhhZDcwNDkxYzYyZWU2ODFiPT9jb3JlOjpzbGljZTo6aW5kZXg6OnNsaWNlX2VuZF9pbmRleF9sZW5fZmFpbDo6aGE4YjlhOWIzYWZhZWMwZTg+QWNvcmU6OnNsaWNlOjppbmRleDo6c2xpY2Vfc3RhcnRfaW5kZXhfbGVuX2ZhaWw6OmgwZGEzZjM3MTE4ZDhkMGQ3P05jb3JlOjpzbGljZTo6PGltcGwgW1RdPjo6Y29weV9mcm9tX3NsaWNlOjpsZW5fbWlzbWF0Y2hfZmFpbDo6aGM2ODk0ZDBmNjI1ZTk3MDhANmNvcmU6OnBhbmlja2luZzo6cGFuaWNfYm91bmRzX2NoZWNrOjpoMzBhNTU4M2M0NmY2MzMxN0FQPGFycmF5dmVjOjplcnJvcnM6OkNhcGFjaXR5RXJyb3I8VD4gYXMgY29yZTo6Zm10OjpEZWJ1Zz46OmZtdDo6aDdmN2U3YmE2MjU0MGYxZjNCUDxhcnJheXZlYzo6ZXJyb3JzOjpDYXBhY2l0eUVycm9yPFQ+IGFzIGNvcmU6OmZtdDo6RGVidWc+OjpmbXQ6Omg5ZWZmMjkwODYzZWVjNjFkQxhfX3diZ19kaWdlc3Rjb250ZXh0X2ZyZWVEN3N0ZDo6cGFuaWNraW5nOjpydXN0X3BhbmljX3dpdGhfaG9vazo6aDlhYWJkOTA2MjE4ODk3YzNFEV9fd2JpbmRnZW5fbWFsbG9jRjFjb21waWxlcl9idWlsdGluczo6bWVtOjptZW1jbXA6OmhhZDVkNjUxNGEyM2NjZWZmRxRkaWdlc3Rjb250ZXh0X3VwZGF0ZUgpY29yZTo6cGFuaWNraW5nOjpwYW5pYzo6aDExYTIwMjFkOTJkYzFjYmJJQ2NvcmU6OmZtdDo6Rm9ybWF0dGVyOjpwYWRfaW50ZWdyYWw6OndyaXRlX3ByZWZpeDo6aDZjOWE3Njk3NzdhYWQ2NzRKNGFsbG9jOjpyYXdfdmVjOjpjYXBhY2l0eV9vdmVyZmxvdzo6aDRlNWU5MDZiMTcyOWQwMTFLLWNvcmU6OnBhbmlja2luZzo6cGFuaWNfZm10OjpoM2FmZjg1NWZlOTM4YzEzZkxDc3RkOjpwYW5pY2tpbmc6OmJlZ2luX3BhbmljX2hhbmRsZXI6Ont7Y2xvc3VyZX19OjpoOTZkMmJjMzgxZmE2ZWUxZU0SX193YmluZGdlbl9yZWFsbG9jTj93YXNtX2JpbmRnZW46OmNvbnZlcnQ6OmNsb3N1cmVzOjppbnZva2U0X211dDo6aGE4NWM3OTVkNWJiNDI0MTdPP3dhc21fYmluZGdlbjo6Y29udmVydDo6Y2xvc3VyZXM6Omludm9rZTNfbXV0OjpoYTlkZjAyMTQ0YTQwMGI3MVA/d2FzbV9iaW5kZ2VuOjpjb252ZXJ0OjpjbG9zdXJlczo6aW52b2tlM19tdXQ6Omg2OTFjYjgxZDdhODI4MTlhUT93YXNtX2JpbmRnZW46OmNvbnZlcnQ6OmNsb3N1cmVzOjppbnZva2UzX211dDo6aDZhMmUyNzUzOGUxZmQ4MTBSP3dhc21fYmluZGdlbjo6Y29udmVydDo6Y2xvc3VyZXM6Omludm9rZTNfbXV0OjpoMDUxODkyNmI4ZTg5ZmI5NFM/d2FzbV9iaW5kZ2VuOjpjb252ZXJ0OjpjbG9zdXJlczo6aW52b2tlM19tdXQ6Omg5NWM1OTk3NGZkZGVhNWI3VD93YXNtX2JpbmRnZW46OmNvbnZlcnQ6OmNsb3N1cmVzOjppbnZva2UzX211dDo6aDJjMTI4NDcwMjVmMzBjOTlVP3dhc21fYmluZGdlbjo6Y29udmVydDo6Y2xvc3VyZXM6Omludm9rZTNfbXV0OjpoNzY0Yzc0ODFiYzM1Y2E2YVY/d2FzbV9iaW5kZ2VuOjpjb252ZXJ0OjpjbG9zdXJlczo6aW52b2tlM19tdXQ6OmgwOTgxODgyNjA0MDY0MGE1Vz93YXNtX2JpbmRnZW46OmNvbnZlcnQ6OmNsb3N1cmVzOjppbnZva2UyX211dDo6aDBiZTc2OTU2MDFiM2RmNGRYEXJ1c3RfYmVnaW5fdW53aW5kWT93YXNtX2JpbmRnZW46OmNvbnZlcnQ6OmNsb3N1cmVzOjppbnZva2UxX211dDo6aDNhODY3YjY0ZmUwYWFiNmZaMDwmVCBhcyBjb3JlOjpmbXQ6OkRlYnVnPjo6Zm10OjpoNTM3NzkzYWE4MjQxMDQ4MFsyPCZUIGFzIGNvcmU6OmZtdDo6RGlzcGxheT46OmZtdDo6aDNhYWRlZGFlZDIwOGQ2MTBcMTxUIGFzIGNvcmU6OmFueTo6QW55Pjo6dHlwZV9pZDo6aGU1MmMxZDgyMGFjZjI0MTldD19fd2JpbmRnZW5fZnJlZV4uY29yZTo6b3B0aW9uOjp1bndyYXBfZmFpbGVkOjpoMGUwYjIzMTYyM2UwZDAwNF85Y29yZTo6b3BzOjpmdW5jdGlvbjo6Rm5PbmNlOjpjYWxsX29uY2U6OmhhY2E1ZDVhNmNjNzYwY2I2YB9fX3diaW5kZ2VuX2FkZF90b19zdGFja19wb2ludGVyYTF3YXNtX2JpbmRnZW46Ol9fcnQ6OnRocm93X251bGw6OmhkNmJjZTg5MGIxMjgyMDk3YjJ3YXNtX2JpbmRnZW46Ol9fcnQ6OmJvcnJvd19mYWlsOjpoYmMzYmQxMjRhYTdhNmIyM2Mqd2FzbV9iaW5kZ2VuOjp0aHJvd19zdHI6OmhhNjgwY2I3ZjEyZTAyYzk4ZElzdGQ6OnN5c19jb21tb246OmJhY2t0cmFjZTo6X19ydXN0X2VuZF9zaG9ydF9iYWNrdHJhY2U6OmhhNzY1MTNhNzBiYjA3MGIwZQZtZW1jcHlmBm1lbXNldGcGbWVtY21waApydXN0X3BhbmljaVZjb3JlOjpwdHI6OmRyb3BfaW5fcGxhY2U8YXJyYXl2ZWM6OmVycm9yczo6Q2FwYWNpdHlFcnJvcjxbdTg7IDMyXT4+OjpoZmVjZDhkNzYxMTVjNjA2Y2pXY29yZTo6cHRyOjpkcm9wX2luX3BsYWNlPGFycmF5dmVjOjplcnJvcnM6OkNhcGFjaXR5RXJyb3I8Jlt1ODsgNjRdPj46Omg4NjUxY2YyYTQ5NWMyOTNmaz1jb3JlOjpwdHI6OmRyb3BfaW5fcGxhY2U8Y29yZTo6Zm10OjpFcnJvcj46Omg5YTkzNjE3OWFjZDQ1YjNkAG8JcHJvZHVjZXJzAghsYW5ndWFnZQEEUnVzdAAMcHJvY2Vzc2VkLWJ5AwVydXN0Yx0xLjc3LjIgKDI1ZWY5ZTNkOCAyMDI0LTA0LTA5KQZ3YWxydXMGMC4yMC4zDHdhc20tYmluZGdlbgYwLjIuOTIALA90YXJnZXRfZmVhdHVyZXMCKw9tdXRhYmxlLWdsb2JhbHMrCHNpZ24tZXh0    "), A2 = new WebAssembly.Module(I2);
  return new WebAssembly.Instance(A2, qA);
}
function RA(I2) {
  let A2 = atob(I2), g2 = A2.length, B = new Uint8Array(g2);
  for (let i = 0; i < g2; i++) B[i] = A2.charCodeAt(i);
  return B;
}
var cA = ["BLAKE2B", "BLAKE2B-128", "BLAKE2B-160", "BLAKE2B-224", "BLAKE2B-256", "BLAKE2B-384", "BLAKE2S", "BLAKE3", "KECCAK-224", "KECCAK-256", "KECCAK-384", "KECCAK-512", "SHA-384", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512", "SHAKE128", "SHAKE256", "TIGER", "RIPEMD-160", "SHA-224", "SHA-256", "SHA-512", "MD4", "MD5", "SHA-1", "FNV32", "FNV32A", "FNV64", "FNV64A"];
var YA = ["SHA-384", "SHA-256", "SHA-512", "SHA-1"];
var X = ((I2) => ({ getRandomValues: I2.getRandomValues?.bind(I2), randomUUID: I2.randomUUID?.bind(I2), subtle: { decrypt: I2.subtle?.decrypt?.bind(I2.subtle), deriveBits: I2.subtle?.deriveBits?.bind(I2.subtle), deriveKey: I2.subtle?.deriveKey?.bind(I2.subtle), digest: I2.subtle?.digest?.bind(I2.subtle), encrypt: I2.subtle?.encrypt?.bind(I2.subtle), exportKey: I2.subtle?.exportKey?.bind(I2.subtle), generateKey: I2.subtle?.generateKey?.bind(I2.subtle), importKey: I2.subtle?.importKey?.bind(I2.subtle), sign: I2.subtle?.sign?.bind(I2.subtle), unwrapKey: I2.subtle?.unwrapKey?.bind(I2.subtle), verify: I2.subtle?.verify?.bind(I2.subtle), wrapKey: I2.subtle?.wrapKey?.bind(I2.subtle) } }))(globalThis.crypto);
function $(I2) {
  if (I2 instanceof Uint8Array) return I2;
  if (ArrayBuffer.isView(I2)) return new Uint8Array(I2.buffer, I2.byteOffset, I2.byteLength);
  if (I2 instanceof ArrayBuffer) return new Uint8Array(I2);
}
var Y = /* @__PURE__ */ ((I2) => I2)({ ...X, subtle: { ...X.subtle, async digest(I2, A2) {
  let { name: g2, length: B } = hA(I2);
  if (DA(B), YA.includes(g2) && AA(A2)) return await X.subtle.digest(I2, A2);
  if (cA.includes(g2)) {
    if (AA(A2)) return Y.subtle.digestSync(I2, A2);
    if (FA(A2)) return Y.subtle.digestSync(I2, A2);
    if (JA(A2)) {
      let i = z(), Q = new i.DigestContext(g2);
      for await (let C2 of A2) {
        let E = $(C2);
        if (!E) throw new TypeError("Cannot digest the data: A chunk is not ArrayBuffer nor ArrayBufferView");
        Q.update(E);
      }
      return Q.digestAndDrop(B).buffer;
    } else throw new TypeError("data must be a BufferSource or [Async]Iterable<BufferSource>");
  }
  return await X.subtle.digest(I2, A2);
}, digestSync(I2, A2) {
  let { name: g2, length: B } = hA(I2);
  DA(B);
  let i = z();
  if (AA(A2)) {
    let Q = $(A2);
    return i.digest(g2, Q, B).buffer;
  }
  if (FA(A2)) {
    let Q = new i.DigestContext(g2);
    for (let C2 of A2) {
      let E = $(C2);
      if (!E) throw new TypeError("Cannot digest the data: A chunk is not ArrayBuffer nor ArrayBufferView");
      Q.update(E);
    }
    return Q.digestAndDrop(B).buffer;
  }
  throw new TypeError("data must be a BufferSource or Iterable<BufferSource>");
} } });
var tA = 2147483647;
function DA(I2) {
  if (I2 !== void 0 && (I2 < 0 || I2 > tA || !Number.isInteger(I2))) throw new RangeError(`length must be an integer between 0 and ${tA}, inclusive`);
}
function hA(I2) {
  return typeof I2 == "string" ? { name: I2.toUpperCase() } : { ...I2, name: I2.name.toUpperCase() };
}
function AA(I2) {
  return I2 instanceof ArrayBuffer || ArrayBuffer.isView(I2);
}
function FA(I2) {
  return typeof I2[Symbol.iterator] == "function";
}
function JA(I2) {
  return typeof I2[Symbol.asyncIterator] == "function";
}
var mA = new TextEncoder();
function lA(I2) {
  let A2 = typeof I2;
  return A2 !== "object" ? A2 : I2 === null ? "null" : I2?.constructor?.name ?? "object";
}
function W(I2) {
  if (typeof I2 == "string") return mA.encode(I2);
  if (I2 instanceof Uint8Array) return I2;
  if (I2 instanceof ArrayBuffer) return new Uint8Array(I2);
  throw new TypeError(`Cannot validate the input as it must be a Uint8Array, a string, or an ArrayBuffer: received a value of the type ${lA(I2)}`);
}
var nA = new TextEncoder().encode("0123456789abcdef");
var cI = new TextEncoder();
var KA = new TextDecoder();
function NA(I2) {
  let A2 = W(I2), g2 = new Uint8Array(A2.length * 2);
  for (let B = 0; B < A2.length; B++) {
    let i = A2[B];
    g2[B * 2] = nA[i >> 4], g2[B * 2 + 1] = nA[i & 15];
  }
  return KA.decode(g2);
}
var d = class {
  reader;
  writer;
  connectionState;
  constructor(A2) {
    this.reader = A2.reader, this.writer = A2.writer, this.connectionState = A2.connectionState;
  }
};
var V = class extends d {
  auth;
  username;
  salt;
  completed;
  constructor(A2) {
    super(A2), this.completed = false, this.auth = { ...A2.auth, validateCredentials: A2.auth.validateCredentials ?? (async ({ preHashedPassword: g2, hashedPassword: B, salt: i }) => {
      let Q = await ZA(g2, i);
      return B === Q;
    }) }, this.username = A2.username, this.salt = uA();
  }
  async *handleClientMessage(A2) {
    let g2 = this.reader.int32(), B = this.reader.cstring(), i = await this.auth.getPreHashedPassword({ username: this.username }, this.connectionState);
    if (!await this.auth.validateCredentials({ username: this.username, hashedPassword: B, preHashedPassword: i, salt: this.salt }, this.connectionState)) {
      yield e.create({ severity: "FATAL", code: "28P01", message: `password authentication failed for user "${this.username}"` }).flush(), yield c;
      return;
    }
    this.completed = true;
  }
  createInitialAuthMessage() {
    return this.createAuthenticationMD5Password();
  }
  get isCompleted() {
    return this.completed;
  }
  createAuthenticationMD5Password() {
    return this.writer.addInt32(5), this.writer.add(Buffer.from(this.salt)), this.writer.flush(t.AuthenticationResponse);
  }
};
async function ZA(I2, A2) {
  return `md5${await GA(QA([new TextEncoder().encode(I2), A2]))}`;
}
async function GA(I2) {
  let A2 = await Y.subtle.digest("MD5", typeof I2 == "string" ? new TextEncoder().encode(I2) : I2);
  return NA(A2);
}
function uA() {
  let I2 = new Uint8Array(4);
  return Y.getRandomValues(I2), I2;
}
var N = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "/"];
function k(I2) {
  let A2 = W(I2), g2 = "", B, i = A2.length;
  for (B = 2; B < i; B += 3) g2 += N[A2[B - 2] >> 2], g2 += N[(A2[B - 2] & 3) << 4 | A2[B - 1] >> 4], g2 += N[(A2[B - 1] & 15) << 2 | A2[B] >> 6], g2 += N[A2[B] & 63];
  return B === i + 1 && (g2 += N[A2[B - 2] >> 2], g2 += N[(A2[B - 2] & 3) << 4], g2 += "=="), B === i && (g2 += N[A2[B - 2] >> 2], g2 += N[(A2[B - 2] & 3) << 4 | A2[B - 1] >> 4], g2 += N[(A2[B - 1] & 15) << 2], g2 += "="), g2;
}
function O(I2) {
  let A2 = atob(I2), g2 = A2.length, B = new Uint8Array(g2);
  for (let i = 0; i < g2; i++) B[i] = A2.charCodeAt(i);
  return B;
}
async function J(I2, A2, g2) {
  let B = new TextEncoder(), i = await crypto.subtle.importKey("raw", I2, { name: "HMAC", hash: { name: g2 } }, false, ["sign"]);
  return await crypto.subtle.sign("HMAC", i, B.encode(A2));
}
async function IA(I2, A2) {
  return await crypto.subtle.digest({ name: A2 }, I2);
}
async function sA(I2, A2) {
  let g2 = { name: "HMAC", hash: "SHA-256" }, B = await crypto.subtle.generateKey(g2, false, ["sign", "verify"]), i = await crypto.subtle.sign(g2, B, I2);
  return await crypto.subtle.verify(g2, B, i, A2);
}
var gA = { AuthenticationSASL: 10, AuthenticationSASLContinue: 11, AuthenticationSASLFinal: 12 };
var x = class {
  writer;
  constructor(A2) {
    this.writer = A2.writer;
  }
  createAuthenticationSASL() {
    let A2 = ["SCRAM-SHA-256"];
    this.writer.addInt32(gA.AuthenticationSASL);
    for (let g2 of A2) this.writer.addCString(g2);
    return this.writer.addCString(""), this.writer.flush(t.AuthenticationResponse);
  }
  createAuthenticationSASLContinue(A2) {
    return this.writer.addInt32(gA.AuthenticationSASLContinue), this.writer.addString(A2), this.writer.flush(t.AuthenticationResponse);
  }
  createAuthenticationSASLFinal(A2) {
    return this.writer.addInt32(gA.AuthenticationSASLFinal), this.writer.addString(A2), this.writer.flush(t.AuthenticationResponse);
  }
};
async function zA(I2) {
  let { authMessage: A2, clientProof: g2, storedKey: B } = I2, i = O(g2), Q = O(B), C2 = await J(Q, A2, "SHA-256"), E = new Uint8Array(C2), o = new Uint8Array(i.length);
  for (let h = 0; h < i.length; h++) o[h] = i[h] ^ E[h];
  let S2 = await IA(o, "SHA-256");
  return await sA(Q, S2);
}
var y = { Initial: "Initial", ServerFirstMessage: "ServerFirstMessage", ServerFinalMessage: "ServerFinalMessage", Completed: "Completed" };
var L = class extends x {
  auth;
  username;
  clientFirstMessageBare;
  serverFirstMessage;
  serverNonce;
  step;
  reader;
  scramSha256Data;
  connectionState;
  constructor(A2) {
    super({ writer: A2.writer }), this.step = y.Initial, this.username = A2.username, this.auth = { ...A2.auth, validateCredentials: A2.auth.validateCredentials ?? (async ({ authMessage: g2, clientProof: B, scramSha256Data: i }) => zA({ authMessage: g2, clientProof: B, storedKey: i.storedKey })) }, this.reader = A2.reader, this.connectionState = A2.connectionState;
  }
  async getScramSha256Data(A2) {
    return this.scramSha256Data || (this.scramSha256Data = await this.auth.getScramSha256Data(A2, this.connectionState)), this.scramSha256Data;
  }
  createInitialAuthMessage() {
    return this.createAuthenticationSASL();
  }
  async *handleClientMessage(A2) {
    switch (this.step) {
      case y.Initial:
        return yield* this.handleClientFirstMessage(A2);
      case y.ServerFirstMessage:
        return yield* this.handleClientFinalMessage(A2);
      default:
        throw new Error("Unexpected SCRAM-SHA-256 authentication step");
    }
  }
  async *handleClientFirstMessage(A2) {
    let g2 = this.reader.int32();
    if (this.reader.cstring() !== "SCRAM-SHA-256") {
      yield e.create({ severity: "FATAL", code: "28000", message: "Unsupported SASL authentication mechanism" }).flush(), yield c;
      return;
    }
    let i = this.reader.int32(), Q = this.reader.string(i), C2 = await this.createServerFirstMessage(Q);
    this.step = y.ServerFirstMessage, yield this.createAuthenticationSASLContinue(C2);
  }
  async createServerFirstMessage(A2) {
    let g2 = A2.split(",");
    this.clientFirstMessageBare = g2.slice(2).join(",");
    let B = g2.find((E) => E.startsWith("r="))?.substring(2) || "", i = new Uint8Array(18);
    crypto.getRandomValues(i), this.serverNonce = B + k(i);
    let { salt: Q, iterations: C2 } = await this.getScramSha256Data({ username: this.username });
    return this.serverFirstMessage = `r=${this.serverNonce},s=${Q},i=${C2}`, this.serverFirstMessage;
  }
  async *handleClientFinalMessage(A2) {
    try {
      let g2 = await this.createServerFinalMessage(A2);
      this.step = y.Completed, yield this.createAuthenticationSASLFinal(g2);
    } catch (g2) {
      yield e.create({ severity: "FATAL", code: "28000", message: g2.message }).flush(), yield c;
      return;
    }
  }
  get isCompleted() {
    return this.step === y.Completed;
  }
  async createServerFinalMessage(A2) {
    let B = this.reader.int32() - 4, Q = this.reader.string(B).split(","), C2 = Q.find((U) => U.startsWith("c="))?.substring(2), E = Q.find((U) => U.startsWith("r="))?.substring(2), o = Q.find((U) => U.startsWith("p="))?.substring(2);
    if (!C2 || !E || !o) throw new Error("Invalid client final message");
    if (E !== this.serverNonce) throw new Error("Nonce mismatch");
    let S2 = `c=${C2},r=${E}`, h = `${this.clientFirstMessageBare},${this.serverFirstMessage},${S2}`, iA = await this.getScramSha256Data({ username: this.username });
    if (!await this.auth.validateCredentials({ authMessage: h, clientProof: o, username: this.username, scramSha256Data: iA }, this.connectionState)) throw new Error(`password authentication failed for user "${this.username}"`);
    let kA = O(iA.serverKey), yA = await J(kA, h, "SHA-256");
    return `v=${k(yA)}`;
  }
};
var s = { AwaitingInitialMessage: "AwaitingInitialMessage", PerformingAuthentication: "PerformingAuthentication", ReadyForQuery: "ReadyForQuery" };
var m = class {
  buffer = new Uint8Array();
  bufferLength = 0;
  bufferOffset = 0;
  mergeBuffer(A2) {
    if (this.bufferLength > 0) {
      let g2 = this.bufferLength + A2.byteLength;
      if (g2 + this.bufferOffset > this.buffer.byteLength) {
        let i;
        if (g2 <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) i = this.buffer;
        else {
          let C2 = this.buffer.byteLength * 2;
          for (; g2 >= C2; ) C2 *= 2;
          i = new Uint8Array(C2);
        }
        let Q = this.buffer.subarray(this.bufferOffset, this.bufferOffset + this.bufferLength);
        w(Q, i, 0), this.buffer = i, this.bufferOffset = 0;
      }
      w(A2, this.buffer, this.bufferOffset + this.bufferLength), this.bufferLength = g2;
    } else this.buffer = A2, this.bufferOffset = 0, this.bufferLength = A2.byteLength;
  }
  async *processMessages(A2) {
    let g2 = this.bufferOffset + this.bufferLength, B = this.bufferOffset, i = A2 ? 1 : 0, Q = 4 + i;
    for (; B + Q <= g2; ) {
      let E = new DataView(this.buffer.buffer).getUint32(B + i), o = i + E;
      if (B + o <= g2) yield this.buffer.subarray(B, B + o), B += o;
      else break;
    }
    B === g2 ? (this.buffer = new Uint8Array(), this.bufferLength = 0, this.bufferOffset = 0) : (this.bufferLength = g2 - B, this.bufferOffset = B);
  }
};
function wA(I2, A2) {
  if (Symbol.asyncIterator in I2) return I2[Symbol.asyncIterator](A2);
  let g2 = I2.getReader(), B = { async next() {
    try {
      let { done: i, value: Q } = await g2.read();
      return i && g2.releaseLock(), { done: i, value: Q };
    } catch (i) {
      throw g2.releaseLock(), i;
    }
  }, async return(i) {
    if (A2?.preventCancel) g2.releaseLock();
    else {
      let Q = g2.cancel(i);
      g2.releaseLock(), await Q;
    }
    return { done: true, value: i };
  }, [Symbol.asyncIterator]() {
    return B;
  } };
  return B;
}
var b = class extends d {
  auth;
  username;
  completed;
  constructor(A2) {
    super(A2), this.completed = false, this.auth = { ...A2.auth, validateCredentials: A2.auth.validateCredentials ?? (() => {
      throw new Error("Client certificate validation not implemented");
    }) }, this.username = A2.username;
  }
  async *handleClientMessage(A2) {
    if (!this.connectionState.tlsInfo) {
      yield e.create({ severity: "FATAL", code: "08000", message: "ssl connection required when auth mode is 'certificate'" }).flush(), yield c;
      return;
    }
    if (!this.connectionState.tlsInfo.clientCertificate) {
      yield e.create({ severity: "FATAL", code: "08000", message: "client certificate required" }).flush(), yield c;
      return;
    }
    if (!await this.auth.validateCredentials({ username: this.username, certificate: this.connectionState.tlsInfo.clientCertificate }, this.connectionState)) {
      yield e.create({ severity: "FATAL", code: "08000", message: "client certificate is invalid" }).flush(), yield c;
      return;
    }
    this.completed = true;
  }
  createInitialAuthMessage() {
  }
  get isCompleted() {
    return this.completed;
  }
};
var T = class extends d {
  auth;
  username;
  completed;
  constructor(A2) {
    super(A2), this.completed = false, this.auth = { ...A2.auth, validateCredentials: A2.auth.validateCredentials ?? (async ({ password: g2, clearTextPassword: B }) => g2 === B) }, this.username = A2.username;
  }
  async *handleClientMessage(A2) {
    let g2 = this.reader.int32(), B = this.reader.cstring(), i = await this.auth.getClearTextPassword({ username: this.username }, this.connectionState);
    if (!await this.auth.validateCredentials({ username: this.username, password: B, clearTextPassword: i }, this.connectionState)) {
      yield e.create({ severity: "FATAL", code: "28P01", message: `password authentication failed for user "${this.username}"` }).flush(), yield c;
      return;
    }
    this.completed = true;
  }
  createInitialAuthMessage() {
    return this.createAuthenticationCleartextPassword();
  }
  get isCompleted() {
    return this.completed;
  }
  createAuthenticationCleartextPassword() {
    return this.writer.addInt32(3), this.writer.flush(t.AuthenticationResponse);
  }
};
function rA(I2) {
  switch (I2.auth.method) {
    case "password":
      return new T({ ...I2, auth: I2.auth });
    case "md5":
      return new V({ ...I2, auth: I2.auth });
    case "scram-sha-256":
      return new L({ ...I2, auth: I2.auth });
    case "cert":
      return new b({ ...I2, auth: I2.auth });
    default:
      throw new Error(`Unsupported auth method: ${I2.auth.method}`);
  }
}
var j = class {
  constructor(A2 = 0) {
    this.offset = A2;
  }
  buffer = new Uint8Array();
  decoder = new TextDecoder();
  setBuffer(A2, g2 = 0) {
    this.buffer = A2, this.offset = g2;
  }
  int16() {
    let g2 = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength).getInt16(this.offset);
    return this.offset += 2, g2;
  }
  byte() {
    let g2 = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength).getUint8(this.offset);
    return this.offset++, g2;
  }
  int32() {
    let g2 = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength).getInt32(this.offset);
    return this.offset += 4, g2;
  }
  string(A2) {
    let g2 = new DataView(this.buffer.buffer, this.offset, A2);
    return this.offset += A2, this.decoder.decode(g2);
  }
  cstring() {
    let A2 = this.offset, g2 = A2;
    for (; (this.buffer[g2++] ?? 0) !== 0; ) ;
    if (this.buffer[g2 - 1] === void 0) throw new Error("Reached end of buffer before null character found for PG String");
    let B = new DataView(this.buffer.buffer, A2, g2 - A2 - 1);
    return this.offset = g2, this.decoder.decode(B);
  }
  bytes(A2) {
    let g2 = this.buffer.slice(this.offset, this.offset + A2);
    return this.offset += A2, g2;
  }
};
var P = class {
  constructor(A2) {
    this.iterable = A2;
  }
  returnValue = void 0;
  iterations = 0;
  [Symbol.asyncIterator]() {
    let A2 = Symbol.asyncIterator in this.iterable ? this.iterable[Symbol.asyncIterator]() : this.iterable[Symbol.iterator]();
    return this.returnValue = void 0, this.iterations = 0, { next: async () => {
      let g2 = await A2.next();
      return g2.done ? this.returnValue = g2.value : this.iterations++, g2;
    } };
  }
};
var BA = class {
  constructor(A2, g2 = {}, B = {}) {
    this.duplex = A2;
    this.adapters = B;
    if (this.options = { auth: { method: "trust" }, ...g2 }, this.options.tls && !this.adapters.upgradeTls) throw new Error("TLS options are only available when upgradeTls() is implemented. Did you mean to use fromNodeSocket()?");
    this.init(A2);
  }
  step = s.AwaitingInitialMessage;
  options;
  authFlow;
  hasStarted = false;
  isAuthenticated = false;
  detached = false;
  bufferWriter = new r();
  bufferReader = new j();
  clientParams;
  tlsInfo;
  messageBuffer = new m();
  streamWriter;
  get state() {
    return { hasStarted: this.hasStarted, isAuthenticated: this.isAuthenticated, clientParams: this.clientParams, tlsInfo: this.tlsInfo, step: this.step };
  }
  async init(A2) {
    try {
      let g2 = await this.processData(A2);
      if (this.detached) return;
      if (g2 === f) {
        if (!this.options.tls) throw new Error("Upgrading TLS but TLS options are not available");
        if (!this.adapters.upgradeTls) throw new Error("Upgrading TLS but upgradeTls is not implemented");
        let B = this.options.auth.method === "cert", { duplex: i, tlsInfo: Q } = await this.adapters.upgradeTls(A2, this.options.tls, B);
        if (this.duplex = i, this.tlsInfo = Q, this.messageBuffer = new m(), await this.options.onTlsUpgrade?.(this.state), this.detached) return;
        await this.init(i);
        return;
      }
      if (g2 === c) {
        await this.duplex.writable.close();
        return;
      }
    } catch (g2) {
      if (g2 instanceof e) {
        let B = this.duplex.writable.getWriter();
        await B.write(g2.flush()), B.releaseLock(), await this.duplex.writable.close();
      } else g2 instanceof Error && "code" in g2 && g2.code === "ABORT_ERR" || console.error(g2), await this.duplex.writable.abort();
    }
  }
  async detach() {
    return this.detached = true, this.duplex;
  }
  async processData(A2) {
    this.streamWriter = A2.writable.getWriter();
    try {
      for await (let g2 of wA(A2.readable, { preventCancel: true })) {
        this.messageBuffer.mergeBuffer(g2);
        for await (let B of this.messageBuffer.processMessages(this.hasStarted)) for await (let i of this.handleClientMessage(B)) {
          if (this.detached) return;
          if (i === f) return f;
          if (i === c) return c;
          await this.streamWriter.write(i);
        }
      }
    } finally {
      this.streamWriter.releaseLock();
    }
  }
  async *handleClientMessage(A2) {
    this.bufferReader.setBuffer(A2);
    let g2 = await this.options.onMessage?.(A2, this.state), B = g2 !== void 0;
    if (g2) {
      let i = new P(g2 instanceof Uint8Array ? [g2] : g2);
      yield* i, i.returnValue instanceof Uint8Array && (yield i.returnValue), B = i.iterations > 0 || i.returnValue !== void 0;
    }
    if (!this.detached) {
      if (B) {
        this.isStartupMessage(A2) && (this.hasStarted = true);
        return;
      }
      switch (this.step) {
        case s.AwaitingInitialMessage:
          if (this.isSslRequest(A2)) yield* this.handleSslRequest();
          else if (this.isStartupMessage(A2)) {
            if (this.options.tls && !this.tlsInfo) {
              yield e.create({ severity: "FATAL", code: "08P01", message: "SSL connection is required" }).flush(), yield c;
              return;
            }
            yield* this.handleStartupMessage(A2);
          } else throw new Error("Unexpected initial message");
          break;
        case s.PerformingAuthentication: {
          (yield* this.handleAuthenticationMessage(A2)) && (yield* this.completeAuthentication());
          break;
        }
        case s.ReadyForQuery:
          yield* this.handleRegularMessage(A2);
          break;
        default:
          throw new Error(`Unexpected step: ${this.step}`);
      }
    }
  }
  async *handleSslRequest() {
    if (!this.options.tls || !this.adapters.upgradeTls) {
      this.bufferWriter.addString("N"), yield this.bufferWriter.flush();
      return;
    }
    this.bufferWriter.addString("S"), yield this.bufferWriter.flush(), yield f;
  }
  async *handleStartupMessage(A2) {
    let { majorVersion: g2, minorVersion: B, parameters: i } = this.readStartupMessage();
    if (!i.user) {
      yield e.create({ severity: "FATAL", code: "08000", message: "user is required" }).flush(), yield c;
      return;
    }
    if (g2 !== 3 || B !== 0) {
      yield e.create({ severity: "FATAL", code: "08000", message: `Unsupported protocol version ${g2.toString()}.${B.toString()}` }).flush(), yield c;
      return;
    }
    if (this.clientParams = { user: i.user, ...i }, this.hasStarted = true, await this.options.onStartup?.(this.state), this.detached) return;
    if (this.options.auth.method === "trust") {
      yield* this.completeAuthentication();
      return;
    }
    this.authFlow = rA({ reader: this.bufferReader, writer: this.bufferWriter, username: this.clientParams.user, auth: this.options.auth, connectionState: this.state }), this.step = s.PerformingAuthentication;
    let Q = this.authFlow.createInitialAuthMessage();
    Q && (yield Q), this.options.auth.method === "cert" && (yield* this.authFlow.handleClientMessage(A2), this.authFlow.isCompleted && (yield* this.completeAuthentication()));
  }
  async *handleAuthenticationMessage(A2) {
    let g2 = this.bufferReader.byte();
    if (g2 !== K.Password) throw new Error(`Unexpected authentication message code: ${g2}`);
    if (!this.authFlow) throw new Error("AuthFlow not initialized");
    return yield* this.authFlow.handleClientMessage(A2), this.authFlow.isCompleted;
  }
  async *handleRegularMessage(A2) {
    switch (this.bufferReader.byte()) {
      case K.Terminate:
        yield c;
        return;
      default:
        yield e.create({ severity: "ERROR", code: "123", message: "Message code not yet implemented" }).flush(), yield this.createReadyForQuery();
    }
  }
  isSslRequest(A2) {
    if (A2.byteLength !== 8) return false;
    let g2 = new DataView(A2.buffer, A2.byteOffset, A2.byteLength), B = g2.getInt16(4), i = g2.getInt16(6);
    return B === 1234 && i === 5679;
  }
  isStartupMessage(A2) {
    if (A2.byteLength < 8) return false;
    let g2 = new DataView(A2.buffer, A2.byteOffset, A2.byteLength), B = g2.getInt32(0), i = g2.getInt16(4), Q = g2.getInt16(6);
    return A2.byteLength === B && i === 3 && Q === 0;
  }
  async *completeAuthentication() {
    if (this.isAuthenticated = true, yield this.createAuthenticationOk(), await this.options.onAuthenticated?.(this.state), this.options.serverVersion) {
      let A2;
      typeof this.options.serverVersion == "function" ? A2 = await this.options.serverVersion(this.state) : A2 = this.options.serverVersion, yield this.createParameterStatus("server_version", A2);
    }
    this.step = s.ReadyForQuery, yield this.createReadyForQuery();
  }
  readStartupMessage() {
    let A2 = this.bufferReader.int32(), g2 = this.bufferReader.int16(), B = this.bufferReader.int16(), i = {};
    for (let Q; (Q = this.bufferReader.cstring()) !== ""; ) i[Q] = this.bufferReader.cstring();
    return { majorVersion: g2, minorVersion: B, parameters: i };
  }
  readQuery() {
    return { query: this.bufferReader.cstring() };
  }
  createAuthenticationOk() {
    return this.bufferWriter.addInt32(0), this.bufferWriter.flush(t.AuthenticationResponse);
  }
  createParameterStatus(A2, g2) {
    return this.bufferWriter.addCString(A2), this.bufferWriter.addCString(g2), this.bufferWriter.flush(t.ParameterStatus);
  }
  createReadyForQuery(A2 = "idle") {
    switch (A2) {
      case "idle":
        this.bufferWriter.addString("I");
        break;
      case "transaction":
        this.bufferWriter.addString("T");
        break;
      case "error":
        this.bufferWriter.addString("E");
        break;
      default:
        throw new Error(`Unknown transaction status '${A2}'`);
    }
    return this.bufferWriter.flush(t.ReadyForQuery);
  }
  createAuthenticationFailedError() {
    return e.create({ severity: "FATAL", code: "28P01", message: this.clientParams?.user ? `password authentication failed for user "${this.clientParams.user}"` : "password authentication failed" }).flush();
  }
};

// node_modules/pg-protocol/esm/index.js
var protocol = __toESM(require_dist());
var serialize2 = protocol.serialize;

// src/gateway/server/wire/messages.ts
var import_parser = __toESM(require_parser(), 1);
var FRONTEND = { Query: 81, Parse: 80, Bind: 66, Execute: 69, FunctionCall: 70, Sync: 83, Terminate: 88, Close: 67, Describe: 68, Flush: 72, CopyData: 100, CopyDone: 99, CopyFail: 102 };
var BACKEND = { ParseComplete: 49, BindComplete: 50, CloseComplete: 51, CommandComplete: 67, CopyInResponse: 71, DataRow: 68, EmptyQuery: 73, ErrorResponse: 69, NoData: 110, NoticeResponse: 78, PortalSuspended: 115, ReadyForQuery: 90, RowDescription: 84 };
var Framer = class {
  /** `maxMessage`: a larger message (as its length field says) is a FramingError before any of it is buffered. */
  constructor(maxMessage = Number.MAX_SAFE_INTEGER) {
    this.maxMessage = maxMessage;
  }
  maxMessage;
  /** Bytes received and not yet returned, as they came (joined only once a whole message is there). */
  chunks = [];
  buffered = 0;
  /** How many buffered bytes the next message needs: its header, then all of it. */
  needed = 5;
  /** Linear in the bytes received: a message sent in many small chunks is joined once, when it is complete. */
  push(chunk) {
    if (!chunk.byteLength) return [];
    this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.buffered += chunk.byteLength;
    if (this.buffered < this.needed) return [];
    const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const messages = [];
    let offset = 0;
    this.needed = 5;
    while (data.length - offset >= 5) {
      const length = data.readInt32BE(offset + 1);
      if (length < 4 || length > this.maxMessage) throw new FramingError(length < 4 ? "a message with an invalid length" : `a message of ${length} bytes (at most ${this.maxMessage})`);
      const end = offset + 1 + length;
      if (end > data.length) {
        this.needed = end - offset;
        break;
      }
      messages.push(data.subarray(offset, end));
      offset = end;
    }
    const rest = offset === data.length ? void 0 : Buffer.from(data.subarray(offset));
    this.chunks = rest ? [rest] : [];
    this.buffered = rest?.length ?? 0;
    return messages;
  }
};
var FramingError = class extends Error {
};
var FieldReader = class {
  /** `offset`: where the fields start (after the type byte and length, and any fixed field before them). */
  constructor(message, offset = 5) {
    this.message = message;
    this.offset = offset;
  }
  message;
  offset;
  /** Where the next field starts. */
  get position() {
    return this.offset;
  }
  cstring() {
    const end = this.message.indexOf(0, this.offset);
    if (end < 0) throw new Error("malformed message: unterminated string");
    const value = Buffer.from(this.message.buffer, this.message.byteOffset + this.offset, end - this.offset).toString("utf8");
    this.offset = end + 1;
    return value;
  }
};
function decodeBackend(message) {
  let decoded;
  new import_parser.Parser().parse(Buffer.from(message.buffer, message.byteOffset, message.byteLength), (m3) => decoded = m3);
  return decoded;
}
function backendMessage(code, body) {
  const header = Buffer.alloc(5);
  header[0] = code;
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
var cstring = (value) => Buffer.concat([Buffer.from(value, "utf8"), Buffer.alloc(1)]);
function parameterStatus(name, value) {
  return backendMessage(83, Buffer.concat([cstring(name), cstring(value)]));
}
function backendKeyData(processId, secret) {
  const body = Buffer.alloc(8);
  body.writeInt32BE(processId, 0);
  body.writeInt32BE(secret, 4);
  return backendMessage(75, body);
}
function readyForQuery(status) {
  return backendMessage(BACKEND.ReadyForQuery, Buffer.from(status));
}
function fatal(code, message, hint) {
  return e.create({ severity: "FATAL", code, message, ...hint ? { hint } : {} }).flush();
}
function maskDataRow(message, ruleFor) {
  const view = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  const count = view.readInt16BE(5);
  const parts = [view.subarray(5, 7)];
  let offset = 7;
  for (let column = 0; column < count; column++) {
    const length = view.readInt32BE(offset);
    const end = offset + 4 + Math.max(length, 0);
    const rule = ruleFor(column);
    if (rule && length >= 0) {
      const value = rule.binary ? null : Buffer.from(rule.replacement, "utf8");
      const size = Buffer.alloc(4);
      size.writeInt32BE(value ? value.length : -1);
      parts.push(size, ...value ? [value] : []);
    } else parts.push(view.subarray(offset, end));
    offset = end;
  }
  return backendMessage(BACKEND.DataRow, Buffer.concat(parts));
}
function noticeFields(message) {
  const fields = /* @__PURE__ */ new Map();
  for (let offset = 5; offset < message.byteLength && message[offset] !== 0; ) {
    const reader = new FieldReader(message, offset + 1);
    fields.set(String.fromCharCode(message[offset]), reader.cstring());
    offset = reader.position;
  }
  return fields;
}
function noticeMessage(type, fields) {
  const parts = [];
  for (const [code, value] of fields) parts.push(Buffer.from(code, "latin1"), cstring(value));
  return backendMessage(type, Buffer.concat([...parts, Buffer.alloc(1)]));
}
function isCancelRequest(message) {
  return message.byteLength === 16 && Buffer.from(message.buffer, message.byteOffset, 16).readInt32BE(4) === 80877102;
}
function cancelKey(message) {
  const view = Buffer.from(message.buffer, message.byteOffset, 16);
  return { processId: view.readInt32BE(8), secret: view.readInt32BE(12) };
}
function refusalStatement(message, hint, mark) {
  const body = `$mgb${randomBytes2(8).toString("hex")}$`;
  const text = `$mgt${randomBytes2(8).toString("hex")}$`;
  const literal = (value) => {
    let clean = value;
    while (clean.includes(body) || clean.includes(text)) clean = clean.split(body).join("").split(text).join("");
    return `${text}${clean}${text}`;
  };
  return `DO ${body} BEGIN RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = ${literal(message)}, HINT = ${literal(hint)}, DETAIL = ${literal(mark)}; END ${body}`;
}
function refusalQuery(message, hint, mark) {
  return serialize2.query(refusalStatement(message, hint, mark));
}
function refusalPipeline(message, hint, mark) {
  return Buffer.concat([serialize2.parse({ text: refusalStatement(message, hint, mark) }), serialize2.bind({}), serialize2.execute({})]);
}

// src/gateway/server/database.ts
var SERVER_ROLES = ["pg_execute_server_program", "pg_read_server_files", "pg_write_server_files"];
async function serverPowers(query) {
  const [role] = await query(
    `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole, pg_catalog.current_setting('server_version_num')::int AS version,
       ARRAY(SELECT b.rolname::text FROM pg_catalog.pg_roles b WHERE (b.rolname = ANY($1::text[]) OR b.rolsuper) AND b.oid <> r.oid AND pg_catalog.pg_has_role(r.oid, b.oid, 'MEMBER') ORDER BY 1) AS members
     FROM pg_catalog.pg_roles r WHERE r.rolname = pg_catalog.session_user()`,
    [SERVER_ROLES]
  );
  if (!role) return ["its role could not be read from pg_roles"];
  const powers = role.superuser ? ["is a superuser"] : [...role.members.map((m3) => `is a member of ${m3}`), ...role.createrole && role.version < 16e4 ? ["has CREATEROLE (before PostgreSQL 16 it can grant itself pg_execute_server_program)"] : []];
  return powers.map((p3) => `role "${role.name}" ${p3}`);
}
var TargetRoleError = class extends Error {
};
async function refuseServerPowers(query, options) {
  if (options.allowSuperuser) return;
  const powers = await serverPowers(query);
  if (powers.length) {
    throw new TargetRoleError(
      `the gateway's target role can reach the database server's operating system (${powers.join("; ")}): a statement that got past the gateway's checks could run programs or read files there. Connect as a role without these powers (README: "The target role"), or set allow-superuser: true on the connection if you accept that risk`
    );
  }
}
var WIRE_WAIT_MS = 5e3;
var ANNOUNCED = ["server_version", "server_encoding", "client_encoding", "application_name", "DateStyle", "IntervalStyle", "integer_datetimes", "standard_conforming_strings", "TimeZone"];
var IDLE_MS = 3e4;
function postgresDatabase(url, options = { allowSuperuser: false }) {
  const pool = new esm_default.Pool({ connectionString: url, max: Number.MAX_SAFE_INTEGER, idleTimeoutMillis: IDLE_MS, allowExitOnIdle: true });
  pool.on("error", () => void 0);
  const checkConnection = (client) => client.query("SET client_connection_check_interval = '2s'").catch(() => void 0);
  pool.on("connect", (client) => void checkConnection(client));
  const checked = /* @__PURE__ */ new WeakSet();
  return {
    engine: "postgres",
    async session() {
      const client = await pool.connect();
      if (!checked.has(client)) {
        try {
          await refuseServerPowers(async (sql, params) => (await client.query(sql, params)).rows, options);
        } catch (error) {
          client.release(true);
          throw error;
        }
        checked.add(client);
      }
      const notices = [];
      const collectNotices = (message) => void notices.push(message);
      let sink = collectNotices;
      const onNotice = (notice) => sink(notice.message ?? String(notice));
      client.on("notice", onNotice);
      let lost;
      const onError = (error) => void (lost = error);
      client.on("error", onError);
      let released = false;
      const release = async (broken) => {
        if (released) return;
        released = true;
        client.off("notice", onNotice);
        client.off("error", onError);
        broken ??= lost;
        if (!broken) {
          try {
            await client.query("DISCARD ALL");
            await checkConnection(client);
          } catch (error) {
            broken = error;
          }
        }
        client.release(broken ?? void 0);
      };
      return {
        engine: "postgres",
        async query(sql, params) {
          notices.length = 0;
          const result = params ? await client.query(sql, params) : await client.query(sql);
          const last = Array.isArray(result) ? result[result.length - 1] : result;
          return { ...resultOf(last), notices: [...notices] };
        },
        async batch(sqls) {
          const perStatement = sqls.map(() => ({ notices: [], endedAt: 0 }));
          let current = 0;
          const connection = client.connection;
          const completed = () => {
            if (current < perStatement.length) perStatement[current].endedAt = performance.now();
            current++;
          };
          connection.on("commandComplete", completed);
          sink = (message) => void perStatement[Math.min(current, perStatement.length - 1)].notices.push(message);
          const started = performance.now();
          try {
            const result = await client.query(sqls.join("\n;\n"));
            const results = Array.isArray(result) ? result : [result];
            if (results.length !== sqls.length) throw new Error(`the server answered ${results.length} results for ${sqls.length} statements`);
            return results.map((r2, i) => ({ ...resultOf(r2), notices: perStatement[i].notices, durationMs: (perStatement[i].endedAt || performance.now()) - (i ? perStatement[i - 1].endedAt : started) }));
          } finally {
            connection.off("commandComplete", completed);
            sink = collectNotices;
          }
        },
        // Closing our socket is not enough: the server notices a gone client only when it next talks to it, so a
        // long statement would go on holding its locks. Terminating the backend ends it and rolls back at once.
        async interrupt() {
          const pid = client.processID;
          if (pid) {
            const killer = new esm_default.Client({ connectionString: url });
            killer.on("error", () => void 0);
            try {
              await killer.connect();
              await killer.query("SELECT pg_terminate_backend($1)", [pid]);
            } finally {
              await killer.end().catch(() => void 0);
            }
          }
          await release(new Error("interrupted"));
        },
        release: () => release()
      };
    },
    async wire(check) {
      const client = new esm_default.Client({ connectionString: url });
      const parameters = [];
      const connection = client.connection;
      connection.on("parameterStatus", (m3) => void parameters.push([m3.parameterName, m3.parameterValue]));
      client.on("error", () => void 0);
      await client.connect();
      try {
        const query = async (sql, params) => (await client.query(sql, params)).rows;
        await refuseServerPowers(query, options);
        await check?.(query);
      } catch (error) {
        await client.end().catch(() => void 0);
        throw error;
      }
      const stream = connection.stream;
      stream.removeAllListeners("data");
      stream.setNoDelay?.(true);
      const { processID, secretKey, host, port } = client;
      return {
        parameters,
        send: (bytes) => void stream.write(bytes),
        onData: (listener) => void stream.on("data", listener),
        onClose: (listener) => void stream.once("close", listener),
        async cancel() {
          const { connect } = await import("node:net");
          await new Promise((done) => {
            const where = host.startsWith("/") ? { path: `${host}/.s.PGSQL.${port}` } : { host, port };
            const socket = connect(where, () => socket.end(serialize2.cancel(processID, secretKey)));
            socket.on("close", () => done());
            socket.on("error", () => done());
          });
        },
        close: () => void stream.destroy()
      };
    },
    close: () => pool.end()
  };
}
function resultOf(result) {
  return {
    command: result.command ?? "",
    rowCount: result.rowCount ?? 0,
    fields: (result.fields ?? []).map((f3) => ({ name: f3.name, tableID: f3.tableID, columnID: f3.columnID })),
    rows: result.rows ?? []
  };
}
async function pgliteDatabase(dataDir) {
  const { db, close } = await openPglite(dataDir);
  let queue = Promise.resolve();
  const hold = async (waitMs) => {
    let release;
    const previous = queue;
    queue = new Promise((done) => release = done);
    const busy = await Promise.race([previous.then(() => false), ...waitMs === void 0 ? [] : [new Promise((r2) => setTimeout(() => r2(true), waitMs).unref())]]);
    if (busy) {
      void previous.then(release);
      throw new Error(`the embedded PGlite serves one connection at a time and another is open; use a PostgreSQL server for tools that open several (sqitch)`);
    }
    return async () => {
      if (db.isInTransaction?.()) await db.query("ROLLBACK").catch(() => void 0);
      release();
    };
  };
  return {
    engine: "postgres",
    async session(waitMs) {
      const release = await hold(waitMs);
      return {
        engine: "postgres",
        async query(sql, params) {
          const notices = [];
          const result = await db.query(sql, params ?? [], { onNotice: (n2) => notices.push(n2.message ?? "") });
          return {
            command: result.command ?? "",
            rowCount: result.affectedRows ?? result.rows.length,
            fields: result.fields.map((f3) => ({ name: f3.name })),
            rows: result.rows,
            notices
          };
        },
        // The embedded backend runs one statement at a time and cannot be interrupted mid-statement: the plan stops
        // at the next statement boundary and its open transaction rolls back on release.
        interrupt: async () => void 0,
        release
      };
    },
    async wire(check) {
      const release = await hold(WIRE_WAIT_MS);
      try {
        await check?.(async (sql, params) => (await db.query(sql, params ?? [])).rows);
      } catch (error) {
        await release();
        throw error;
      }
      const parameters = [];
      for (const name of ANNOUNCED) {
        const { rows } = await db.query("SELECT current_setting($1, true) AS value", [name]);
        if (rows[0]?.value) parameters.push([name, rows[0].value]);
      }
      const listeners = [];
      const closers = [];
      let chain = Promise.resolve();
      let closed = false;
      const close2 = () => {
        if (closed) return;
        closed = true;
        chain = chain.then(async () => {
          if (db.isInTransaction?.()) await db.query("ROLLBACK").catch(() => void 0);
          await db.query("DISCARD ALL").catch(() => void 0);
          await release();
          for (const listener of closers) listener();
        });
      };
      const framer = new Framer();
      return {
        parameters,
        send(bytes) {
          const messages = framer.push(bytes);
          chain = chain.then(async () => {
            for (const message of messages) {
              if (closed) return;
              if (message[0] === 88) return close2();
              const answer2 = await db.execProtocolRaw(message);
              if (answer2.byteLength) for (const listener of listeners) listener(answer2);
            }
          }).catch(() => close2());
        },
        onData: (listener) => void listeners.push(listener),
        onClose: (listener) => void closers.push(listener),
        cancel: async () => void 0,
        close: close2
      };
    },
    close
  };
}

// src/gateway/server/database-mysql.ts
var import_promise = __toESM(require_promise(), 1);

// src/gateway/server/mysql-wire/backend.ts
import { connect as connectTcp, isIP } from "node:net";
import { connect as connectTls } from "node:tls";

// src/gateway/server/mysql-wire/auth.ts
import { createHash as createHash2, publicEncrypt, constants, timingSafeEqual } from "node:crypto";
var sha1 = (...parts) => createHash2("sha1").update(Buffer.concat(parts)).digest();
var sha256 = (...parts) => createHash2("sha256").update(Buffer.concat(parts)).digest();
var xor = (a2, b2) => Buffer.from(a2.map((byte, i) => byte ^ b2[i % b2.length]));
function nativeStage2(password) {
  return sha1(sha1(Buffer.from(password, "utf8")));
}
function verifyNative(scramble, response, stage2) {
  if (response.length !== 20) return false;
  const stage1 = xor(response, sha1(scramble, stage2));
  return timingSafeEqual(sha1(stage1), stage2);
}
function scrambleFor(plugin, password, scramble) {
  const pw = Buffer.from(password, "utf8");
  if (!pw.length) return Buffer.alloc(0);
  if (plugin === "mysql_native_password") return xor(sha1(pw), sha1(scramble, sha1(sha1(pw))));
  if (plugin === "caching_sha2_password") return xor(sha256(pw), sha256(sha256(sha256(pw)), scramble));
  throw new Error(`the database asks for authentication plugin ${plugin}, which the gateway does not speak (use mysql_native_password or caching_sha2_password for its account)`);
}
function sealPassword(password, scramble, publicKeyPem) {
  return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING }, xor(Buffer.from(`${password}\0`, "utf8"), scramble));
}

// src/gateway/server/mysql-wire/packets.ts
var MAX_PACKET_PAYLOAD = 16777215;
var CAP = {
  LONG_PASSWORD: 1,
  FOUND_ROWS: 2,
  LONG_FLAG: 4,
  CONNECT_WITH_DB: 8,
  LOCAL_FILES: 128,
  IGNORE_SPACE: 256,
  PROTOCOL_41: 512,
  SSL: 2048,
  TRANSACTIONS: 8192,
  SECURE_CONNECTION: 32768,
  MULTI_STATEMENTS: 65536,
  MULTI_RESULTS: 131072,
  PS_MULTI_RESULTS: 262144,
  PLUGIN_AUTH: 524288,
  CONNECT_ATTRS: 1048576,
  PLUGIN_AUTH_LENENC_CLIENT_DATA: 2097152,
  SESSION_TRACK: 8388608,
  DEPRECATE_EOF: 16777216
};
var STATUS = { IN_TRANS: 1, AUTOCOMMIT: 2, MORE_RESULTS: 8 };
var PacketTooLarge = class extends Error {
};
var PacketReader = class {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  buffered = [];
  size = 0;
  parts = [];
  raws = [];
  partsSize = 0;
  /** What was read past the last whole packet (bytes of another protocol, after an SSL request): handed back. */
  takeBuffered() {
    const rest = Buffer.concat([...this.raws, ...this.buffered]);
    this.buffered = [];
    this.raws = [];
    this.parts = [];
    this.size = 0;
    this.partsSize = 0;
    return rest;
  }
  push(chunk) {
    this.buffered.push(chunk);
    this.size += chunk.length;
    const packets = [];
    let data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
    while (data.length >= 4) {
      const length = data.readUIntLE(0, 3);
      if (this.partsSize + length > this.maxBytes) throw new PacketTooLarge(`a packet larger than ${this.maxBytes} bytes`);
      if (data.length < 4 + length) break;
      const seq = data[3];
      this.parts.push(data.subarray(4, 4 + length));
      this.raws.push(data.subarray(0, 4 + length));
      this.partsSize += length;
      data = data.subarray(4 + length);
      if (length === MAX_PACKET_PAYLOAD) continue;
      const first = this.raws[0][3];
      packets.push({ seq: this.parts.length === 1 ? seq : first, payload: this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts), raw: this.raws.length === 1 ? this.raws[0] : Buffer.concat(this.raws) });
      this.parts = [];
      this.raws = [];
      this.partsSize = 0;
    }
    this.buffered = data.length ? [Buffer.from(data)] : [];
    this.size = data.length;
    return packets;
  }
};
function packetsOf(seq, payload) {
  const out = [];
  let offset = 0;
  let count = 0;
  let length;
  do {
    length = Math.min(MAX_PACKET_PAYLOAD, payload.length - offset);
    const header = Buffer.alloc(4);
    header.writeUIntLE(length, 0, 3);
    header[3] = seq + count & 255;
    out.push(header, payload.subarray(offset, offset + length));
    offset += length;
    count++;
  } while (length === MAX_PACKET_PAYLOAD);
  return { bytes: Buffer.concat(out), count };
}
var Cursor = class {
  constructor(buffer, at = 0) {
    this.buffer = buffer;
    this.at = at;
  }
  buffer;
  at;
  get done() {
    return this.at >= this.buffer.length;
  }
  u8() {
    return this.buffer.readUInt8(this.at++);
  }
  u16() {
    const value = this.buffer.readUInt16LE(this.at);
    this.at += 2;
    return value;
  }
  u32() {
    const value = this.buffer.readUInt32LE(this.at);
    this.at += 4;
    return value;
  }
  bytes(n2) {
    if (this.at + n2 > this.buffer.length) throw new RangeError("packet too short");
    const value = this.buffer.subarray(this.at, this.at + n2);
    this.at += n2;
    return value;
  }
  /** A length-encoded integer; null for 0xFB (NULL in a text row). */
  lenenc() {
    const first = this.u8();
    if (first < 251) return first;
    if (first === 251) return null;
    if (first === 252) return this.u16();
    if (first === 253) return this.bytes(3).readUIntLE(0, 3);
    const value = this.buffer.readBigUInt64LE(this.at);
    this.at += 8;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("length too large");
    return Number(value);
  }
  lenencBytes() {
    const length = this.lenenc();
    return length === null ? null : this.bytes(length);
  }
  lenencString() {
    return this.lenencBytes()?.toString("utf8") ?? "";
  }
  nulString() {
    const end = this.buffer.indexOf(0, this.at);
    const stop = end < 0 ? this.buffer.length : end;
    const value = this.buffer.toString("utf8", this.at, stop);
    this.at = stop + 1;
    return value;
  }
  rest() {
    const value = this.buffer.subarray(this.at);
    this.at = this.buffer.length;
    return value;
  }
};
function lenenc(value) {
  if (value < 251) return Buffer.from([value]);
  if (value <= 65535) return Buffer.from([252, value & 255, value >> 8]);
  if (value <= 16777215) return Buffer.from([253, value & 255, value >> 8 & 255, value >> 16]);
  const out = Buffer.alloc(9);
  out[0] = 254;
  out.writeBigUInt64LE(BigInt(value), 1);
  return out;
}
var lenencBytes = (value) => Buffer.concat([lenenc(value.length), value]);
function okPayload(status, affectedRows = 0) {
  return Buffer.concat([Buffer.from([0]), lenenc(affectedRows), lenenc(0), Buffer.from([status & 255, status >> 8, 0, 0])]);
}
function errPayload(code, sqlState, message) {
  const head = Buffer.alloc(3);
  head[0] = 255;
  head.writeUInt16LE(code, 1);
  return Buffer.concat([head, Buffer.from(`#${sqlState.padEnd(5, "0").slice(0, 5)}`, "latin1"), Buffer.from(message.slice(0, 2e3), "utf8")]);
}
function isOk(payload) {
  return payload[0] === 0;
}
function isErr(payload) {
  return payload[0] === 255;
}
function isEof(payload) {
  return payload[0] === 254 && payload.length < 9;
}
function statusOf(payload) {
  if (isEof(payload)) return payload.length >= 5 ? payload.readUInt16LE(3) : 0;
  const c2 = new Cursor(payload, 1);
  c2.lenenc();
  c2.lenenc();
  return c2.u16();
}
function errorOf(payload) {
  const code = payload.readUInt16LE(1);
  const marker = payload[3] === 35;
  return { code, sqlState: marker ? payload.toString("latin1", 4, 9) : "HY000", message: payload.toString("utf8", marker ? 9 : 3) };
}

// src/gateway/server/mysql-wire/backend.ts
var BACKEND_CAPABILITIES = CAP.LONG_PASSWORD | CAP.LONG_FLAG | CAP.CONNECT_WITH_DB | CAP.PROTOCOL_41 | CAP.TRANSACTIONS | CAP.SECURE_CONNECTION | CAP.PLUGIN_AUTH | CAP.PLUGIN_AUTH_LENENC_CLIENT_DATA;
var MIRRORED_CAPABILITIES = CAP.FOUND_ROWS | CAP.MULTI_STATEMENTS | CAP.MULTI_RESULTS | CAP.PS_MULTI_RESULTS;
var BackendError = class extends Error {
};
async function connectMysqlBackend(options) {
  const url = new URL(options.url);
  const host = url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1";
  const port = Number(url.port || 3306);
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  let socket = connectTcp({ host, port });
  socket.setNoDelay(true);
  const reader = new PacketReader(1024 * 1024);
  const queue = [];
  let waiting;
  let failure;
  const onData = (chunk) => {
    for (const packet of reader.push(chunk)) {
      if (waiting) {
        const w2 = waiting;
        waiting = void 0;
        w2(packet);
      } else queue.push(packet);
    }
  };
  const onEnd = (error) => {
    failure ??= new BackendError(`the database closed the connection during authentication${error ? ` (${error.message})` : ""}`);
    waiting?.(failure);
    waiting = void 0;
  };
  const listen = (s2) => {
    s2.on("data", onData);
    s2.on("error", onEnd);
    s2.on("close", () => onEnd());
  };
  listen(socket);
  const timer = setTimeout(() => {
    onEnd(new Error("timed out"));
    socket.destroy();
  }, options.timeoutMs ?? 1e4);
  const next = () => new Promise((resolve2, reject) => {
    if (queue.length) return resolve2(queue.shift());
    if (failure) return reject(failure);
    waiting = (p3) => p3 instanceof Error ? reject(p3) : resolve2(p3);
  });
  let seq = 0;
  const send2 = (payload) => void socket.write(packetsOf(++seq, payload).bytes);
  try {
    const hello = await next();
    if (isErr(hello.payload)) throw new BackendError(`the database refused the connection: ${errorOf(hello.payload).message}`);
    const greeting2 = parseGreeting(hello.payload);
    seq = hello.seq;
    const required = CAP.PROTOCOL_41 | CAP.SECURE_CONNECTION | CAP.PLUGIN_AUTH;
    if ((greeting2.capabilities & required) !== required) throw new BackendError("the database server is too old (it lacks the 4.1 protocol with plugin authentication)");
    let capabilities = (BACKEND_CAPABILITIES | options.capabilities & MIRRORED_CAPABILITIES) & (greeting2.capabilities | CAP.LONG_PASSWORD);
    const header = () => {
      const h = Buffer.alloc(32);
      h.writeUInt32LE(capabilities >>> 0, 0);
      h.writeUInt32LE(16 * 1024 * 1024, 4);
      h[8] = options.collation;
      return h;
    };
    if (options.ca) {
      if (!(greeting2.capabilities & CAP.SSL)) throw new BackendError("the database server does not offer TLS, and tls-ca requires it");
      capabilities |= CAP.SSL;
      send2(header());
      socket.removeListener("data", onData);
      const plain = socket;
      socket = await new Promise((resolve2, reject) => {
        const secure = connectTls({ socket: plain, host, ca: options.ca, ...isIP(host) ? {} : { servername: host }, rejectUnauthorized: true, minVersion: "TLSv1.2" }, () => resolve2(secure));
        secure.once("error", (error) => reject(new BackendError(`TLS to the database failed: ${error.message}`)));
      });
      listen(socket);
    }
    const tls = !!options.ca;
    let plugin = greeting2.plugin || "mysql_native_password";
    let scramble = greeting2.scramble;
    send2(Buffer.concat([header(), Buffer.from(`${user}\0`, "utf8"), lenencOf(scrambleFor(plugin, password, scramble)), Buffer.from(`${database}\0${plugin}\0`, "utf8")]));
    for (; ; ) {
      const reply = await next();
      seq = reply.seq;
      const p3 = reply.payload;
      if (isOk(p3)) return { socket, serverVersion: greeting2.serverVersion, mariadb: /mariadb/i.test(greeting2.serverVersion), threadId: greeting2.threadId, status: statusOf(p3), database };
      if (isErr(p3)) throw new BackendError(`the database refused the gateway's credential: ${errorOf(p3).message}`);
      if (p3[0] === 254) {
        const c2 = new Cursor(p3, 1);
        plugin = c2.nulString();
        scramble = stripNul(c2.rest());
        send2(scrambleFor(plugin, password, scramble));
      } else if (p3[0] === 1 && plugin === "caching_sha2_password") {
        if (p3[1] === 3) continue;
        if (p3[1] === 4) {
          if (tls) send2(Buffer.from(`${password}\0`, "utf8"));
          else send2(Buffer.from([2]));
        } else send2(sealPassword(password, scramble, p3.subarray(1).toString("latin1")));
      } else throw new BackendError(`unexpected packet 0x${p3[0]?.toString(16)} during authentication`);
    }
  } catch (error) {
    socket.destroy();
    throw error instanceof BackendError ? error : new BackendError(`cannot connect to the database: ${error.message}`);
  } finally {
    clearTimeout(timer);
    socket.removeListener("data", onData);
    socket.removeListener("error", onEnd);
    socket.removeAllListeners("close");
    if (queue.length) socket.destroy();
  }
}
function parseGreeting(payload) {
  const c2 = new Cursor(payload);
  if (c2.u8() !== 10) throw new BackendError("the database speaks an unknown protocol version");
  const serverVersion = c2.nulString();
  const threadId = c2.u32();
  const part1 = c2.bytes(8);
  c2.u8();
  let capabilities = c2.u16();
  let plugin = "";
  let part2 = Buffer.alloc(0);
  if (!c2.done) {
    c2.u8();
    c2.u16();
    capabilities |= c2.u16() << 16;
    const authLength = c2.u8();
    c2.bytes(10);
    part2 = stripNul(c2.bytes(Math.max(13, authLength - 8)));
    if (capabilities & CAP.PLUGIN_AUTH) plugin = c2.nulString();
  }
  return { serverVersion, threadId, capabilities: capabilities >>> 0, scramble: Buffer.concat([part1, part2]), plugin };
}
var stripNul = (b2) => b2[b2.length - 1] === 0 ? b2.subarray(0, b2.length - 1) : b2;
var lenencOf = (b2) => Buffer.concat([Buffer.from([b2.length]), b2]);

// src/gateway/server/database-mysql.ts
var SERVER_PRIVILEGES = ["ALL PRIVILEGES", "ALL", "SUPER", "FILE", "SHUTDOWN", "CREATE USER", "SYSTEM_VARIABLES_ADMIN", "BINLOG_ADMIN", "ENCRYPTION_KEY_ADMIN", "READ_ONLY ADMIN", "CONNECTION ADMIN"];
var DialectMismatchError = class extends Error {
};
async function mysqlServerPowers(query) {
  const powers = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = async (grantee, depth) => {
    const lines = (await query(grantee ? `SHOW GRANTS FOR ${grantee}` : "SHOW GRANTS")).map((row) => String(Object.values(row)[0]));
    for (const line of lines) {
      const global2 = /^GRANT (.+?) ON \*\.\* TO /i.exec(line);
      if (global2) {
        for (const privilege of global2[1].split(",").map((p3) => p3.trim().toUpperCase())) if (SERVER_PRIVILEGES.includes(privilege)) powers.add(privilege === "ALL" ? "ALL PRIVILEGES" : privilege);
        continue;
      }
      const role = /^GRANT ((?:`[^`]+`(?:@`[^`]*`)?\s*,?\s*)+) TO /i.exec(line);
      if (role && depth < 4) {
        for (const name of role[1].match(/`[^`]+`(?:@`[^`]*`)?/g) ?? []) {
          if (seen.has(name)) continue;
          seen.add(name);
          await visit(name, depth + 1).catch(() => void 0);
        }
      }
    }
  };
  await visit(void 0, 0);
  return [...powers].map((p3) => `has the global privilege ${p3}`);
}
var MYSQL_DURATION = /^(\d+)(ms|s|min|h)$/;
function durationSeconds(duration) {
  const [, amount, unit] = MYSQL_DURATION.exec(duration) ?? [];
  return Number(amount) * { ms: 1e-3, s: 1, min: 60, h: 3600 }[unit];
}
function isMysqlDatabase(database) {
  return database.engine === "mysql" && "wireBackend" in database;
}
function mysqlDatabase(url, options = { allowSuperuser: false }) {
  const pool = import_promise.default.createPool({
    uri: url,
    // One statement per query: a plan's statement can never smuggle a second one past the gateway's parse.
    multipleStatements: false,
    connectionLimit: 32,
    // Values as the server writes them: no time zone conversion, no precision lost on DECIMAL and BIGINT.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    ...options.ca ? { ssl: { ca: options.ca, rejectUnauthorized: true } } : {}
  });
  const checked = /* @__PURE__ */ new WeakSet();
  let mariadb;
  return {
    engine: "mysql",
    async session() {
      const connection = await pool.getConnection();
      try {
        if (!checked.has(connection)) {
          const rows = async (sql) => (await connection.query(sql))[0];
          if (!options.allowSuperuser) {
            const powers = await mysqlServerPowers(rows);
            if (powers.length) {
              throw new TargetRoleError(
                `the gateway's target account can reach beyond its database (${powers.join("; ")}): a statement that got past the gateway's checks could read or write files on the server or change its configuration. Connect as an account with privileges on its database only (README: "The target role"), or set allow-superuser: true on the connection if you accept that risk`
              );
            }
          }
          mariadb ??= /mariadb/i.test(String((await rows("SELECT VERSION() AS v"))[0]?.v));
          if (options.dialect && mariadb !== (options.dialect === "mariadb")) {
            throw new DialectMismatchError(`the server is ${mariadb ? "MariaDB" : "MySQL"} but the connection's dialect is ${options.dialect}: set dialect: ${mariadb ? "mariadb" : "mysql"} on the connection (and in the policy), since the two read executable comments and syntax differently`);
          }
          checked.add(connection);
        }
      } catch (error) {
        connection.destroy();
        throw error;
      }
      return mysqlSession(connection, pool, mariadb);
    },
    databaseName: decodeURIComponent(new URL(url).pathname.replace(/^\//, "")),
    async wire() {
      throw new Error("a mysql connection has a MySQL wire endpoint (wireBackend), not a PostgreSQL one");
    },
    async wireBackend(capabilities, collation) {
      const session = await this.session();
      await session.release();
      return connectMysqlBackend({ url, ...options.ca ? { ca: options.ca } : {}, capabilities, collation });
    },
    close: () => pool.end()
  };
}
function mysqlSession(connection, pool, mariadb) {
  let released = false;
  const release = async (broken) => {
    if (released) return;
    released = true;
    if (!broken) {
      try {
        await connection.reset();
        connection.release();
        return;
      } catch {
      }
    }
    connection.destroy();
  };
  return {
    engine: "mysql",
    mariadb,
    async query(sql, params) {
      const [result, fields] = params ? await connection.query(sql, params) : await connection.query(sql);
      return await resultOf2(connection, result, fields);
    },
    async interrupt() {
      const killer = await pool.getConnection().catch(() => void 0);
      try {
        await killer?.query(`KILL CONNECTION ${Number(connection.threadId)}`);
      } catch {
      } finally {
        killer?.destroy();
      }
      await release(true);
    },
    release: () => release()
  };
}
async function resultOf2(connection, result, fields) {
  if (!Array.isArray(result)) {
    const header = result;
    const notices = header.warningStatus ? (await connection.query("SHOW WARNINGS"))[0].slice(0, 50).map((w2) => `${w2.Level} ${w2.Code}: ${w2.Message}`) : [];
    return { command: "", rowCount: header.affectedRows, fields: [], rows: [], notices };
  }
  const columns = fields ?? [];
  return {
    command: "SELECT",
    rowCount: result.length,
    // A column's source (org_table.org_name) is named by the server through aliases and derived tables.
    fields: columns.map((f3) => ({ name: f3.name, ...f3.orgName ? { sourceName: f3.orgName } : {} })),
    rows: result,
    notices: []
  };
}

// src/gateway/server/gateway.ts
import { createHash as createHash3, randomUUID, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/gateway/server/column-masking.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var sourceKey = (table, column) => `${table >>> 0}.${column}`;
var bySource = (sources, field) => field.tableID && field.columnID !== void 0 ? sources.get(sourceKey(field.tableID, field.columnID)) : void 0;
var COLUMNS = `FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`;
var ColumnMasking = class _ColumnMasking {
  /** @param sources the masked table columns ("tableOid.attnum" → replacement; attnum 0: the whole row), read with `load` */
  constructor(rules, sources = /* @__PURE__ */ new Map()) {
    this.sources = sources;
    this.rules = rules.map((rule) => ({ matches: (0, import_picomatch.default)(rule.columns, { nocase: true }), replacement: rule.replacement }));
  }
  sources;
  rules;
  /**
   * The rules, with the database's columns whose names match them, read from its catalog: the column names first
   * (few), then where the matching ones are. Columns created afterwards are matched by name only.
   */
  static async load(rules, query) {
    const masking = new _ColumnMasking(rules);
    if (!rules.length) return masking;
    const names = (await query(`SELECT DISTINCT a.attname::text AS name ${COLUMNS}`)).rows.map((r2) => String(r2.name)).filter((name) => masking.byName(name) !== void 0);
    if (!names.length) return masking;
    const { rows } = await query(`SELECT a.attrelid::int8::text AS rel, a.attnum::int AS num, a.attname::text AS name ${COLUMNS} AND a.attname = ANY($1::text[]) ORDER BY 1, 2`, [names]);
    const sources = /* @__PURE__ */ new Map();
    const mask = (rel, num, replacement) => {
      sources.set(sourceKey(rel, num), replacement);
      if (!sources.has(sourceKey(rel, 0))) sources.set(sourceKey(rel, 0), replacement);
    };
    for (const row of rows) mask(Number(row.rel), Number(row.num), masking.byName(String(row.name)));
    await maskViews(query, [...new Set(rows.map((row) => Number(row.rel)))], sources, mask);
    return new _ColumnMasking(rules, sources);
  }
  get active() {
    return this.rules.length > 0;
  }
  /** What replaces this column's values, or undefined when it is not masked. */
  replacementFor(field) {
    return this.byName(field.name) ?? (field.sourceName ? this.byName(field.sourceName) : void 0) ?? bySource(this.sources, field);
  }
  byName(name) {
    return this.rules.find((rule) => rule.matches(name))?.replacement;
  }
};
var PROBE_LOCK_TIMEOUT = "2s";
async function maskViews(query, masked, sources, mask) {
  let timeoutSet = false;
  try {
    const probed = /* @__PURE__ */ new Set();
    for (let relations = masked; relations.length; ) {
      const { rows } = await query(
        `SELECT DISTINCT r.ev_class::int8::text AS view, d.refobjid::int8::text AS rel,
           (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = r.ev_class AND a.attnum > 0 AND NOT a.attisdropped)::int AS columns
         FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
         WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
           AND v.relkind IN ('v', 'm') AND r.rulename = '_RETURN' AND d.refobjid::int8 = ANY($1::int8[])`,
        [relations]
      );
      const next = [];
      for (const row of rows) {
        const view = Number(row.view);
        if (probed.has(view)) continue;
        probed.add(view);
        if (!timeoutSet) {
          await query(`SET lock_timeout = '${PROBE_LOCK_TIMEOUT}'`);
          timeoutSet = true;
        }
        let fields;
        try {
          const { rows: definitions } = await query("SELECT pg_get_viewdef($1::int8::oid) AS definition", [view]);
          const definition = String(definitions[0]?.definition).trim().replace(/;$/, "");
          fields = (await query(`SELECT * FROM (${definition}) AS mg_view LIMIT 0`)).fields;
        } catch {
          fields = void 0;
        }
        if (fields?.some((field) => field.tableID === void 0)) return;
        const whole = sources.get(sourceKey(Number(row.rel), 0));
        const before = sources.size;
        for (let num = 1; num <= Number(row.columns); num++) {
          const field = fields?.[num - 1];
          const replacement = field ? bySource(sources, field) : whole;
          if (replacement !== void 0) mask(view, num, replacement);
        }
        if (sources.size > before) next.push(view);
      }
      relations = next;
    }
  } finally {
    if (timeoutSet) await query("RESET lock_timeout").catch(() => void 0);
  }
}

// src/scan/transaction-role.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);
function transactionRole(sql) {
  if (!/\b(concurrently|vacuum|database|system|tablespace|subscription|begin|start|commit|end|rollback|abort|savepoint|release|prepare)\b/i.test(sql)) return "transactional";
  let tree;
  try {
    tree = (0, import_libpg_query3.parseSync)(sql);
  } catch {
    return "transactional";
  }
  const stmt = tree.stmts?.[0]?.stmt ?? {};
  const [type] = Object.keys(stmt);
  const node = type ? stmt[type] : {};
  switch (type) {
    case "TransactionStmt":
      return "transaction-control";
    case "IndexStmt":
    case "DropStmt":
      return node.concurrent ? "own" : "transactional";
    case "ReindexStmt":
      return JSON.stringify(node.params ?? []).includes('"concurrently"') ? "own" : "transactional";
    case "VacuumStmt":
    case "CreatedbStmt":
    case "DropdbStmt":
    case "AlterSystemStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
    case "CreateSubscriptionStmt":
    case "DropSubscriptionStmt":
      return "own";
    case "AlterTableStmt":
      return JSON.stringify(node.cmds ?? []).includes('"concurrent":true') ? "own" : "transactional";
    // DETACH PARTITION … CONCURRENTLY
    default:
      return "transactional";
  }
}
function mysqlTransactionRole(sql, dialect) {
  let tree;
  try {
    tree = parseWithSqlParser(sql, dialect);
  } catch {
    return "own";
  }
  const nodes = Array.isArray(tree) ? tree : [tree];
  if (nodes.length !== 1) return "own";
  const type = String(nodes[0]?.type ?? "");
  if (type === "transaction") return "transaction-control";
  return ROW_STATEMENTS.has(type) && !nodes[0]?.into?.keyword ? "transactional" : "own";
}
var ROW_STATEMENTS = /* @__PURE__ */ new Set(["select", "insert", "replace", "update", "delete"]);

// src/gateway/server/error-redaction.ts
var REDACTED = "(masked)";
var DETAIL_WITHHELD = "detail withheld by migration-guard: masking rules are set (the database log has it)";
var CONTEXT_WITHHELD = "(context withheld by migration-guard: masking rules are set)";
function messageWithheld(code) {
  return `message withheld by migration-guard: masking rules are set and this message may quote data (SQLSTATE ${code || "unknown"}; the database log has it)`;
}
var RAISE_ROUTINE = "exec_stmt_raise";
function originOf(routine) {
  if (routine === void 0) return "unknown";
  return routine === RAISE_ROUTINE ? "raise" : "server";
}
var MESSAGE_FORMS = [
  'duplicate key value violates unique constraint "%s"',
  'null value in column "%s" of relation "%s" violates not-null constraint',
  'null value in column "%s" violates not-null constraint',
  'new row for relation "%s" violates check constraint "%s"',
  'value for domain %s violates check constraint "%s"',
  'insert or update on table "%s" violates foreign key constraint "%s"',
  'update or delete on table "%s" violates foreign key constraint "%s" on table "%s"',
  'conflicting key value violates exclusion constraint "%s"',
  'could not create unique index "%s"',
  'multiple primary keys for table "%s" are not allowed',
  "cannot drop %s because other objects depend on it",
  'relation "%s" already exists',
  'relation "%s" already exists, skipping',
  'column "%s" of relation "%s" already exists',
  'column "%s" of relation "%s" already exists, skipping',
  'schema "%s" already exists',
  'schema "%s" already exists, skipping',
  'type "%s" already exists',
  'extension "%s" already exists, skipping',
  'table "%s" does not exist, skipping',
  'index "%s" does not exist, skipping',
  'prepared statement "%s" already exists',
  'prepared statement "%s" does not exist',
  'bind message supplies %d parameters, but prepared statement "%s" requires %d',
  "permission denied for table %s",
  "permission denied for view %s",
  "permission denied for sequence %s",
  "permission denied for schema %s",
  "must be owner of table %s",
  "must be owner of relation %s",
  'could not obtain lock on relation "%s"',
  "value too long for type character varying(%d)",
  "value too long for type character(%d)",
  'invalid input syntax for type %s: "%s"',
  "invalid input syntax for type %s",
  'invalid input value for enum %s: "%s"',
  'malformed array literal: "%s"',
  'value "%s" is out of range for type %s',
  // Names a cast or a function takes from a value (regclass, regtype, regproc, regnamespace, regrole, current_setting).
  'relation "%s" does not exist',
  'column "%s" does not exist',
  'column "%s" of relation "%s" does not exist',
  'type "%s" does not exist',
  "function %s does not exist",
  'function "%s" does not exist',
  'no partition of relation "%s" found for row',
  'schema "%s" does not exist',
  'role "%s" does not exist',
  "operator does not exist: %s",
  'unrecognized configuration parameter "%s"',
  '%s at or near "%s"',
  "%s at end of input",
  "current transaction is aborted, commands ignored until end of transaction block",
  "there is no transaction in progress",
  "there is already a transaction in progress",
  "canceling statement due to statement timeout",
  "canceling statement due to lock timeout",
  "canceling statement due to user request",
  "deadlock detected",
  "could not serialize access due to concurrent update",
  "could not serialize access due to concurrent delete",
  "could not serialize access due to read/write dependencies among transactions",
  "division by zero",
  "integer out of range",
  "bigint out of range",
  "smallint out of range",
  "numeric field overflow",
  "terminating connection due to administrator command",
  "terminating connection due to conflict with recovery",
  "terminating connection due to idle-in-transaction timeout",
  "terminating connection due to idle-session timeout",
  "terminating connection due to immediate shutdown command",
  "terminating connection because of crash of another server process",
  "the database system is shutting down",
  "the database system is in recovery mode"
];
var CONTEXT_FORMS = [
  "PL/pgSQL function %s line %d at %s",
  "PL/pgSQL function %s line %d at SQL statement",
  'SQL statement "%s"',
  'COPY %s, line %llu, column %s: "%s"',
  "COPY %s, line %llu, column %s",
  'COPY %s, line %llu: "%s"',
  "COPY %s, line %llu",
  "JSON data, line %d: %s"
];
var PLACEHOLDER = /%(?:s|d|u|llu|lld|ld|lu|zu)/g;
function compile(template) {
  const pieces = template.split(PLACEHOLDER);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return { pattern: new RegExp(`^${pieces.map(escape).join("[\\s\\S]*")}$`), pieces };
}
var MESSAGES = MESSAGE_FORMS.map(compile);
var CONTEXTS = CONTEXT_FORMS.map(compile);
function inForm(text, forms, origin) {
  if (origin === "raise") return void 0;
  return forms.find((form) => form.pattern.test(text))?.pieces.join(REDACTED);
}
function redactMessage(text, origin = "unknown", code) {
  return inForm(text, MESSAGES, origin) ?? messageWithheld(code);
}
function shownMessage(error, masking) {
  return masking ? redactMessage(error.message, originOf(error.routine), error.code) : error.message;
}
function redactContext(text, origin = "unknown") {
  return text.split("\n").map((line) => inForm(line, CONTEXTS, origin) ?? CONTEXT_WITHHELD).join("\n");
}
var KEY_ENDING = / (already exists|is duplicated|is not present in table "[^"]*"|is still referenced from table "[^"]*")\.$/;
function redactDetail(text, origin = "server") {
  if (origin === "raise") return DETAIL_WITHHELD;
  const key = /^Key \((.*?)\)=\(/.exec(text);
  if (key) return `Key (${key[1]})=(${REDACTED})${KEY_ENDING.exec(text)?.[0] ?? "."}`;
  if (text.startsWith("Failing row contains (")) return `Failing row contains (${REDACTED}).`;
  const partition = /^Partition key of the failing row contains \((.*?)\) = \(/.exec(text);
  if (partition) return `Partition key of the failing row contains (${partition[1]}) = (${REDACTED}).`;
  return DETAIL_WITHHELD;
}
var NAMING_FIELDS = /* @__PURE__ */ new Set(["s", "t", "c", "d", "n"]);
function redactFields(fields) {
  const origin = originOf(fields.get("R"));
  const out = /* @__PURE__ */ new Map();
  for (const [code, value] of fields) {
    if (code === "M") out.set(code, redactMessage(value, origin, fields.get("C")));
    else if (code === "D") out.set(code, redactDetail(value, origin));
    else if (code === "W") out.set(code, redactContext(value, origin));
    else if (code === "H") {
      if (origin === "server") out.set(code, value);
    } else if (code === "q") out.set(code, REDACTED);
    else if (NAMING_FIELDS.has(code)) {
      if (origin === "server") out.set(code, value);
    } else out.set(code, value);
  }
  return out;
}

// src/effects/commit-check.ts
var STORED = /* @__PURE__ */ new Set(["r", "p", "m"]);
var ROW_OPERATION = { "rows.inserted": "insert", "rows.updated": "update", "rows.deleted": "delete" };
var CATALOG_CHANGED = { kind: "catalog.changed", object: "the catalog", preexisting: true, description: "changes the catalog (a trigger, rule or function ran DDL) in a transaction whose statements change none" };
function checkCommit(input) {
  const empty = { objects: /* @__PURE__ */ new Map(), rows: /* @__PURE__ */ new Map() };
  const [before, after] = [input.before ?? input.after ?? empty, input.after ?? input.before ?? empty];
  const effects = [...diffSnapshots(before, after, before, input.rows), ...storageReplaced(before, after), ...catalogWriteEffects(input.catalogWrites ?? /* @__PURE__ */ new Map())];
  const measured = effects.map(judge);
  if (input.before === void 0 && input.after !== void 0) measured.push({ effect: CATALOG_CHANGED, rule: "effect-unclassified" });
  let covering;
  const covers = (effect) => (covering ??= coverage({ ...input, before, after }))(effect);
  const beyond = [];
  for (const { effect, rule } of measured) {
    const operation = ROW_OPERATION[effect.kind];
    const bound = operation ? input.bounds?.[operation] : void 0;
    const approved = input.approved.has(effectKey(effect)) || effect.kind === "relation.rewritten" && input.approved.has(effectKey({ kind: "rows.deleted", object: effect.object }));
    if (rule !== null && !approved && !covers(effect)) {
      beyond.push({ effect, why: `no statement of the plan ${operation ? `${operation}s rows of ${effect.object}` : `names ${effect.object}`}, and the approved effects do not include it` });
    } else if (bound !== void 0 && (effect.rows ?? 0) > bound) {
      beyond.push({ effect, why: `more than the ${bound.toLocaleString("en-US")} rows per table the policy allows (max-rows.${operation})` });
    }
  }
  return { measured, beyond };
}
function storageReplaced(before, after) {
  const effects = [];
  for (const [key, old] of before.objects) {
    const now = after.objects.get(key);
    if (old.kind !== "relation" || !now || !STORED.has(String(old.attrs.relkind)) || old.attrs.filenode === now.attrs.filenode) continue;
    effects.push({ kind: "relation.rewritten", object: now.name, key, preexisting: true, description: `replaces the storage of ${describeObject(now)} (a TRUNCATE empties it; a rewrite keeps its rows)` });
  }
  return effects;
}
function coverage(input) {
  const { before, after } = input;
  const targets = input.targets();
  const relations = [...before.objects.values(), ...after.objects.values()].filter((o) => o.kind === "relation");
  const resolve2 = (name) => {
    if (name.uncertain) return [];
    const schemas = name.schema !== void 0 ? [name.schema] : input.searchPath;
    for (const schema of schemas) {
      const found = relations.filter((r2) => r2.attrs.schema === schema && r2.attrs.name === name.name).map((r2) => r2.id);
      if (found.length) return found;
    }
    return [];
  };
  const written = /* @__PURE__ */ new Map();
  for (const target of targets) {
    for (const { op, table } of target.rows) for (const id of resolve2(table)) (written.get(id) ?? written.set(id, /* @__PURE__ */ new Set()).get(id)).add(op);
  }
  const named = new Set(targets.flatMap((t2) => t2.relations.flatMap(resolve2)));
  const rebuilt = new Set(targets.flatMap((t2) => t2.rebuilds.flatMap(resolve2)));
  const names = new Set(targets.flatMap((t2) => t2.names));
  const catalogs = new Set(targets.flatMap((t2) => t2.catalogs));
  const objectOf = (effect) => effect.key ? after.objects.get(effect.key) ?? before.objects.get(effect.key) : void 0;
  const relationOf = (id) => id ? after.objects.get(`relation:${id}`) ?? before.objects.get(`relation:${id}`) : void 0;
  const ancestors = (relation) => {
    const out = [];
    for (let r2 = relation, depth = 0; r2 && depth < 32; depth++) {
      out.push(r2);
      const parent = String(r2.attrs.partition_of ?? r2.attrs.inherits ?? "").split(",")[0];
      r2 = parent ? relations.find((x3) => x3.name === parent || x3.attrs.name === parent && input.searchPath.includes(String(x3.attrs.schema))) : void 0;
    }
    return out;
  };
  const namedRelation = (relation) => !!relation && (named.has(relation.id) || names.has(String(relation.attrs.name)));
  return (effect) => {
    if (isCatalogWrite(effect.kind)) return catalogs.has("*") || catalogs.has(String(effect.attribute));
    const object = objectOf(effect);
    const operation = ROW_OPERATION[effect.kind];
    if (operation || effect.kind === "relation.rewritten") {
      const ops = ancestors(object).flatMap((r2) => [...written.get(r2.id) ?? []]);
      if (operation === "delete" || effect.kind === "relation.rewritten") {
        if (ops.includes("truncate")) return true;
      }
      if (operation) return ops.includes(operation);
      return !!object && rebuilt.has(object.id);
    }
    if (!object) return false;
    if (object.kind === "relation") return namedRelation(object) || namedRelation(relationOf(object.parent));
    if (object.parent !== void 0) return namedRelation(relationOf(object.parent));
    return object.name.split(/[\s.(),]+/).filter((word) => word && !NAME_WORDS.has(word)).some((word) => names.has(word));
  };
}
var NAME_WORDS = /* @__PURE__ */ new Set(["in", "of", "on", "role", "every", "schema", "settings", "default", "privileges", "this", "database"]);

// src/scan/dialects/postgres-targets.ts
var import_libpg_query4 = __toESM(require_wasm(), 1);
var DML = /* @__PURE__ */ new Set(["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "SelectStmt", "TruncateStmt", "CopyStmt"]);
var REBUILDS = /* @__PURE__ */ new Set(["AlterTableStmt", "ClusterStmt", "RefreshMatViewStmt", "VacuumStmt"]);
function postgresTargets(sql) {
  const targets = { rows: [], relations: [], rebuilds: [], names: [], catalogs: [] };
  let tree;
  try {
    tree = (0, import_libpg_query4.parseSync)(sql);
  } catch {
    return targets;
  }
  for (const { stmt } of tree.stmts ?? []) {
    if (!stmt) continue;
    walkRows(stmt, targets);
    const type = Object.keys(stmt)[0];
    if (!DML.has(type)) {
      walkRelations(stmt, targets.relations);
      targets.names.push(...identifiers(stmt));
      targets.catalogs.push(...catalogsWritten(type, stmt[type]));
    }
    if (REBUILDS.has(type)) walkRelations(stmt, targets.rebuilds);
  }
  return targets;
}
var CATALOGS_OF_OBJECT = {
  OBJECT_AGGREGATE: ["pg_aggregate"],
  OBJECT_OPERATOR: ["pg_operator"],
  OBJECT_OPCLASS: ["pg_opclass", "pg_opfamily", "pg_amop", "pg_amproc"],
  OBJECT_OPFAMILY: ["pg_opfamily", "pg_amop", "pg_amproc"],
  OBJECT_CAST: ["pg_cast"],
  OBJECT_COLLATION: ["pg_collation"],
  OBJECT_CONVERSION: ["pg_conversion"],
  OBJECT_TRANSFORM: ["pg_transform"],
  OBJECT_LANGUAGE: ["pg_language"],
  OBJECT_ACCESS_METHOD: ["pg_am"],
  OBJECT_TSCONFIGURATION: ["pg_ts_config", "pg_ts_config_map"],
  OBJECT_TSDICTIONARY: ["pg_ts_dict"],
  OBJECT_TSPARSER: ["pg_ts_parser"],
  OBJECT_TSTEMPLATE: ["pg_ts_template"],
  OBJECT_EVENT_TRIGGER: ["pg_event_trigger"],
  OBJECT_PUBLICATION: ["pg_publication", "pg_publication_rel", "pg_publication_namespace"],
  OBJECT_PUBLICATION_REL: ["pg_publication_rel"],
  OBJECT_PUBLICATION_NAMESPACE: ["pg_publication_namespace"],
  OBJECT_SUBSCRIPTION: ["pg_subscription", "pg_subscription_rel"],
  OBJECT_FDW: ["pg_foreign_data_wrapper"],
  OBJECT_FOREIGN_SERVER: ["pg_foreign_server"],
  OBJECT_USER_MAPPING: ["pg_user_mapping"],
  OBJECT_FOREIGN_TABLE: ["pg_foreign_table"],
  OBJECT_PARAMETER_ACL: ["pg_parameter_acl"],
  OBJECT_TABLESPACE: ["pg_tablespace"]
};
var OBJECT_OF_STATEMENT = {
  CreateCastStmt: "OBJECT_CAST",
  CreateOpClassStmt: "OBJECT_OPCLASS",
  CreateOpFamilyStmt: "OBJECT_OPFAMILY",
  AlterOpFamilyStmt: "OBJECT_OPFAMILY",
  AlterOperatorStmt: "OBJECT_OPERATOR",
  CreateConversionStmt: "OBJECT_CONVERSION",
  CreateTransformStmt: "OBJECT_TRANSFORM",
  CreatePLangStmt: "OBJECT_LANGUAGE",
  CreateAmStmt: "OBJECT_ACCESS_METHOD",
  AlterTSConfigurationStmt: "OBJECT_TSCONFIGURATION",
  AlterTSDictionaryStmt: "OBJECT_TSDICTIONARY",
  AlterCollationStmt: "OBJECT_COLLATION",
  CreateEventTrigStmt: "OBJECT_EVENT_TRIGGER",
  AlterEventTrigStmt: "OBJECT_EVENT_TRIGGER",
  CreatePublicationStmt: "OBJECT_PUBLICATION",
  AlterPublicationStmt: "OBJECT_PUBLICATION",
  CreateSubscriptionStmt: "OBJECT_SUBSCRIPTION",
  AlterSubscriptionStmt: "OBJECT_SUBSCRIPTION",
  DropSubscriptionStmt: "OBJECT_SUBSCRIPTION",
  CreateFdwStmt: "OBJECT_FDW",
  AlterFdwStmt: "OBJECT_FDW",
  CreateForeignServerStmt: "OBJECT_FOREIGN_SERVER",
  AlterForeignServerStmt: "OBJECT_FOREIGN_SERVER",
  CreateUserMappingStmt: "OBJECT_USER_MAPPING",
  AlterUserMappingStmt: "OBJECT_USER_MAPPING",
  DropUserMappingStmt: "OBJECT_USER_MAPPING",
  CreateForeignTableStmt: "OBJECT_FOREIGN_TABLE",
  ImportForeignSchemaStmt: "OBJECT_FOREIGN_TABLE"
};
var ANY_CATALOG = /* @__PURE__ */ new Set(["CreateExtensionStmt", "AlterExtensionStmt", "AlterExtensionContentsStmt", "DropOwnedStmt", "ReassignOwnedStmt"]);
function catalogsWritten(type, n2) {
  if (ANY_CATALOG.has(type)) return ["*"];
  if (type === "SecLabelStmt") return ["pg_seclabel", "pg_shseclabel"];
  const object = OBJECT_OF_STATEMENT[type] ?? (n2?.kind ?? n2?.removeType ?? n2?.renameType ?? n2?.objectType ?? n2?.objtype);
  return CATALOGS_OF_OBJECT[String(object)] ?? [];
}
function walkRows(node, targets) {
  if (Array.isArray(node)) {
    for (const item of node) walkRows(item, targets);
    return;
  }
  if (!node || typeof node !== "object") return;
  const n2 = node;
  if (n2.InsertStmt) {
    targets.rows.push({ op: "insert", table: relationName(n2.InsertStmt.relation) });
    if (n2.InsertStmt.onConflictClause?.action === "ONCONFLICT_UPDATE") targets.rows.push({ op: "update", table: relationName(n2.InsertStmt.relation) });
  }
  if (n2.UpdateStmt) targets.rows.push({ op: "update", table: relationName(n2.UpdateStmt.relation) });
  if (n2.DeleteStmt) targets.rows.push({ op: "delete", table: relationName(n2.DeleteStmt.relation) });
  if (n2.MergeStmt) for (const op of ["insert", "update", "delete"]) targets.rows.push({ op, table: relationName(n2.MergeStmt.relation) });
  if (n2.TruncateStmt) for (const relation of n2.TruncateStmt.relations ?? []) targets.rows.push({ op: "truncate", table: relationName(relation.RangeVar) });
  if (n2.CopyStmt?.is_from && n2.CopyStmt.relation) targets.rows.push({ op: "insert", table: relationName(n2.CopyStmt.relation) });
  for (const value of Object.values(n2)) walkRows(value, targets);
}
function walkRelations(node, out) {
  if (Array.isArray(node)) {
    for (const item of node) walkRelations(item, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  const n2 = node;
  if (typeof n2.relname === "string") out.push(relationName(n2));
  for (const value of Object.values(n2)) walkRelations(value, out);
}
var IDENTIFIER_FIELDS = /* @__PURE__ */ new Set(["relname", "schemaname", "rolename", "role", "name", "newname", "subname", "trigname", "rulename", "policy_name", "idxname", "conname", "extname", "dbname", "newschema", "schema"]);
function identifiers(node, out = []) {
  if (Array.isArray(node)) for (const item of node) identifiers(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "A_Const") continue;
      if (key === "String" && typeof value.sval === "string") out.push(value.sval);
      else if (IDENTIFIER_FIELDS.has(key) && typeof value === "string") out.push(value);
      else identifiers(value, out);
    }
  }
  return out;
}

// src/gateway/server/effects-watch.ts
var PROBE_SQL = `SELECT pg_catalog.has_table_privilege('pg_catalog.pg_authid', 'SELECT') AS authid, pg_catalog.current_schemas(true)::pg_catalog.text[] AS path,
  coalesce(pg_catalog.has_function_privilege(pg_catalog.to_regprocedure('pg_catalog.pg_stat_force_next_flush()')::pg_catalog.oid, 'EXECUTE'), false) AS flushes`;
var FLUSH_SQL = "SELECT pg_catalog.pg_stat_force_next_flush()";
var SETTLE_DEFERRED_SQL = "SET CONSTRAINTS ALL IMMEDIATE";
var TRANSACTION_STATE_SQL = "SELECT EXISTS (SELECT FROM pg_catalog.pg_trigger WHERE tgdeferrable) AS deferrable, pg_catalog.current_setting('track_counts') AS counting";
var SETTLE_ROUNDS = 8;
var DeferredConstraintsFailed = class extends Error {
  constructor(cause) {
    super(cause.message);
    this.cause = cause;
  }
  cause;
};
var EffectsWatch = class _EffectsWatch {
  constructor(queries, approval, snapshotSqls, searchPath, flushes) {
    this.queries = queries;
    this.approval = approval;
    this.snapshotSqls = snapshotSqls;
    this.searchPath = searchPath;
    this.flushes = flushes;
  }
  queries;
  approval;
  snapshotSqls;
  searchPath;
  flushes;
  /** The time spent in mark and check so far: the check's own cost. */
  elapsedMs = 0;
  /**
   * The backend's statistics are flushed once the transaction under way ends (a check asked for it), so the next
   * transaction's counters start at zero. Not at first: what the connection did before the watch is unknown.
   */
  flushed = false;
  /**
   * Outside a transaction: what the connection's role may read (pg_authid) and where unqualified names resolve.
   * Values may come typed (pg, PGlite) or as text (the wire relay).
   */
  static async open(queries, approval) {
    const [rows] = await queries([PROBE_SQL]);
    const probe = rows[0];
    const path = Array.isArray(probe.path) ? probe.path : String(probe.path).replace(/^\{|\}$/g, "").split(",").filter(Boolean);
    const authid = isTrue(probe.authid);
    return new _EffectsWatch(queries, approval, pinnedSnapshot({ withoutPasswords: !authid }), path.map((s2) => s2.replace(/^"|"$/g, "")), isTrue(probe.flushes));
  }
  /** The same on a gateway database session, one query after the other. */
  static onSession(session, approval) {
    return _EffectsWatch.open(async (sqls) => {
      const results = [];
      for (const sql of sqls) results.push((await session.query(sql)).rows);
      return results;
    }, approval);
  }
  /**
   * Inside the transaction, before its first statement: PostgreSQL passes a backend's statistics on only between
   * transactions. `first`: statements to run before it in the same round trip (the BEGIN that opens it).
   */
  async mark(first = [], options = {}) {
    return this.timed(() => this.marked(first, options));
  }
  /**
   * Before COMMIT: what the transaction did since `mark`, and what of it goes beyond the approval. `rows: false`
   * after a statement that ran outside a transaction: its statistics may have been passed on meanwhile, so only the
   * catalog (read in full) is compared.
   */
  async check(mark, sqls, options = {}) {
    return this.timed(() => this.checked(mark, sqls, options));
  }
  timed(work) {
    return timedInto(this, work);
  }
  async marked(first, options) {
    const read = options.catalog !== false;
    const counted = !this.flushed;
    this.flushed = false;
    const sqls = [...first, ...counted ? [TRANSACTION_COUNTERS_SQL] : [], ...read ? this.snapshotSqls : []];
    const results = sqls.length ? await this.queries(sqls) : [];
    const counters = counted ? transactionCounters(results[first.length]) : { rows: /* @__PURE__ */ new Map(), catalogs: /* @__PURE__ */ new Map(), catalog: 0 };
    const before = read ? this.snapshotIn(results, first.length + (counted ? 1 : 0)) : void 0;
    return { ...before ? { before } : {}, rows: counters.rows, catalog: counters.catalog, catalogs: counters.catalogs };
  }
  /**
   * A statement that may change the catalog is about to run in a transaction marked without it: the catalog now
   * (unchanged since the mark, or the check would refuse it anyway) is where the transaction started.
   */
  async catalogBefore(mark) {
    if (mark.before) return;
    const results = await this.queries([TRANSACTION_COUNTERS_SQL, ...this.snapshotSqls]);
    if (transactionCounters(results[0]).catalog !== mark.catalog) return;
    mark.before = this.snapshotIn(results, 1);
  }
  async checked(mark, sqls, options) {
    const counted = options.rows !== false;
    const flush = this.flushes ? [FLUSH_SQL] : [];
    const results = await this.queries(counted ? [TRANSACTION_COUNTERS_SQL, TRANSACTION_STATE_SQL, ...flush] : [TRANSACTION_COUNTERS_SQL, ...this.snapshotSqls, ...flush]);
    this.flushed = this.flushes;
    let countRows = results[0];
    const state = counted ? results[1][0] : void 0;
    if (state) counting(state);
    if (state && isTrue(state.deferrable)) countRows = await this.settled(countRows);
    const counters = transactionCounters(countRows);
    const changed = !counted || counters.catalog !== mark.catalog;
    const after = !changed ? mark.before : counted ? this.snapshotIn(await this.queries(this.snapshotSqls)) : this.snapshotIn(results, 1);
    const rows = counted ? delta(mark.rows, counters.rows) : /* @__PURE__ */ new Map();
    const catalogWrites = counted ? delta(mark.catalogs, counters.catalogs) : /* @__PURE__ */ new Map();
    const targets = options.targets;
    const check = (before, afterwards) => checkCommit({ ...before ? { before } : {}, ...afterwards ? { after: afterwards } : {}, rows, catalogWrites, targets: () => targets ?? sqls.map(postgresTargets), searchPath: this.searchPath, approved: this.approval.approved, bounds: this.approval.bounds });
    if (after || mark.before) return check(mark.before, after);
    const tables = { objects: new Map(counters.tables.map((t2) => [`relation:${t2.id}`, t2])), rows: /* @__PURE__ */ new Map() };
    const quick = check(tables, tables);
    if (!quick.beyond.length) return quick;
    const catalog = this.snapshotIn(await this.queries(this.snapshotSqls));
    return check(catalog, catalog);
  }
  /**
   * Fires the transaction's deferred triggers, round after round, until a round changes no counter (nothing fired
   * that wrote, so nothing new was deferred): the counters then hold everything COMMIT would add.
   */
  async settled(counters) {
    let last = counters;
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      await this.queries([SETTLE_DEFERRED_SQL]).catch((error) => {
        throw new DeferredConstraintsFailed(error);
      });
      const [now, state] = await this.queries([TRANSACTION_COUNTERS_SQL, TRANSACTION_STATE_SQL]);
      counting(state[0]);
      if (sameCounters(last, now)) return now;
      last = now;
    }
    throw new Error(`deferred triggers were still firing after ${SETTLE_ROUNDS} rounds of SET CONSTRAINTS ALL IMMEDIATE`);
  }
  /** The snapshot among the results of a round trip, whose statements from `at` on are this.snapshotSqls. */
  snapshotIn(results, at = 0) {
    return { objects: catalogObjects(results[at + SNAPSHOT_AT]), rows: /* @__PURE__ */ new Map() };
  }
};
var isTrue = (value) => value === true || value === "t";
function counting(state) {
  if (state.counting !== "on") throw new Error("row statistics are switched off (track_counts is off), so what this transaction wrote cannot be counted");
}
function sameCounters(a2, b2) {
  const key = (rows) => JSON.stringify(rows.map((r2) => [r2.id, String(r2.inserted), String(r2.updated), String(r2.deleted)]).sort());
  return key(a2) === key(b2);
}
async function timedInto(clock, work) {
  const started = performance.now();
  try {
    return await work();
  } finally {
    clock.elapsedMs += performance.now() - started;
  }
}
function mayChangeCatalog(sql) {
  const text = sql.replace(/^(\s+|--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/)*/, "");
  return !/^(INSERT|UPDATE|DELETE|MERGE|COPY)\b/i.test(text);
}
function reportEffects(check) {
  const beyond = new Map(check.beyond.map(({ effect, why }) => [effectKey(effect), why]));
  return check.measured.map(({ effect, rule }) => {
    const why = beyond.get(effectKey(effect));
    return { kind: effect.kind, object: effect.object, ...effect.attribute ? { attribute: effect.attribute } : {}, description: effect.description, ...effect.rows !== void 0 ? { rows: effect.rows } : {}, rule, ...why ? { beyond: why } : {} };
  });
}
function beyondText(effects) {
  const beyond = effects.filter((e2) => e2.beyond);
  const shown = beyond.slice(0, 5).map((e2) => `it ${e2.description}${e2.after ? ` (after statement ${e2.after.index + 1}, ${e2.after.path})` : ""}: ${e2.beyond}`);
  return `${shown.join("; ")}${beyond.length > 5 ? `; and ${beyond.length - 5} more` : ""}`;
}

// src/gateway/server/execute.ts
var MAX_RESULT_ROWS = 1e3;
function unitsOf(statements) {
  const units = [];
  for (const statement of statements) {
    const role = transactionRole(statement.sql);
    if (role === "own") units.push({ kind: "own", statement });
    else if (role === "transaction-control") units.push({ kind: "skip", statement });
    else {
      const last = units[units.length - 1];
      if (last?.kind === "transaction") last.statements.push(statement);
      else units.push({ kind: "transaction", statements: [statement] });
    }
  }
  return units;
}
async function executePlan(database, statements, options) {
  const results = new Map(statements.map((s2) => [s2.index, { index: s2.index, path: s2.path, status: "not_run", transaction: null }]));
  const session = await database.session();
  const interrupt = () => void session.interrupt().catch(() => void 0);
  options.signal?.addEventListener("abort", interrupt, { once: true });
  let transactionNumber = 0;
  let failure;
  const committed = [];
  const alreadyApplied = [];
  const measured = [];
  const withEffects = (outcome) => options.effects ? { ...outcome, effects: measured, checkMs: Math.round((watch?.elapsedMs ?? 0) * 100) / 100 } : outcome;
  let watch;
  try {
    const masking = await ColumnMasking.load(options.masking, (sql, params) => session.query(sql, params));
    const mask = masker(masking);
    await lockLedger(session);
    watch = options.effects ? await EffectsWatch.onSession(session, options.effects) : void 0;
    const files = planFilesOf(statements);
    const check = checkAgainstLedger(files, await readLedger(session));
    if (!check.ok) return withEffects({ ok: false, results: statements.map((s2) => results.get(s2.index)), message: check.message });
    const progress = new Map(check.progress);
    const advance = (statement) => progress.set(statement.path, (progress.get(statement.path) ?? 0) + 1);
    const unrecorded = /* @__PURE__ */ new Set();
    const { remaining, skipped } = notYetApplied(statements, check.skip);
    for (const { statement, note } of skipped) {
      results.set(statement.index, { ...results.get(statement.index), status: "skipped", note });
      alreadyApplied.push(statement.index);
    }
    for (const unit of unitsOf(remaining)) {
      if (options.signal?.aborted) break;
      if (unit.kind === "skip") {
        results.set(unit.statement.index, { ...results.get(unit.statement.index), status: "skipped", note: "transaction control is managed by the gateway" });
        advance(unit.statement);
        unrecorded.add(unit.statement.path);
        continue;
      }
      if (unit.kind === "own") {
        const statement = unit.statement;
        const unaudited = await auditBefore(options, [statement]);
        if (unaudited) {
          results.set(statement.index, { ...results.get(statement.index), status: "failed", error: { message: unaudited } });
          failure = `statement ${statement.index + 1} (${statement.path}) was not run: ${unaudited}`;
          break;
        }
        await session.query(`SET lock_timeout = ${quoteLiteral(options.lockTimeout)}`);
        await session.query(`SET statement_timeout = ${quoteLiteral(options.statementTimeout)}`);
        const ownWatch = watch;
        const mark = ownWatch ? await alone(session, () => ownWatch.mark()) : void 0;
        const result = await runOne(session, statement, "own", mask);
        results.set(statement.index, result);
        await session.query("RESET lock_timeout").catch(() => void 0);
        await session.query("RESET statement_timeout").catch(() => void 0);
        options.after([result]);
        if (result.status !== "ok") {
          failure = `statement ${statement.index + 1} (${statement.path}) failed: ${result.error?.message}; it runs outside a transaction, so nothing after it ran`;
          break;
        }
        committed.push(statement.index);
        advance(statement);
        try {
          await recordProgress(session, files, /* @__PURE__ */ new Set([...unrecorded, statement.path]), progress, options.ledger);
        } catch (error) {
          failure = `statement ${statement.index + 1} (${statement.path}) ran outside a transaction, but the ledger could not record it (${error.message}); nothing after it ran, and a re-run will run it again`;
          break;
        }
        unrecorded.clear();
        if (ownWatch && mark) {
          const checked = await alone(session, () => ownWatch.check(mark, [statement.sql], { rows: false }));
          const own = { transaction: "own", statements: [statement.index], effects: reportEffects(checked).map((e2) => e2.beyond ? { ...e2, after: { index: statement.index, path: statement.path } } : e2) };
          measured.push(own);
          if (checked.beyond.length) {
            await options.effectsRefused?.(own);
            failure = `statement ${statement.index + 1} (${statement.path}) ran outside a transaction and did more than the approval covers, which cannot be undone: ${beyondText(own.effects)}; the ledger records it as applied; nothing after it ran`;
            break;
          }
        }
        continue;
      }
      transactionNumber++;
      const before = new Map(progress);
      const run = await runTransaction(session, unit.statements, transactionNumber, mask, options, watch);
      for (const r2 of run.results) results.set(r2.index, r2);
      let failed = run.failed;
      const ran = run.results.filter((r2) => r2.status === "ok");
      if (!failed && !run.unaudited && watch && run.mark) {
        let checked;
        try {
          checked = await watch.check(run.mark, unit.statements.map((st) => st.sql));
        } catch (error) {
          await session.query("ROLLBACK").catch(() => void 0);
          for (const r2 of ran) results.set(r2.index, { ...r2, status: "rolled_back" });
          options.after(unit.statements.map((st) => results.get(st.index)));
          const cause = error instanceof DeferredConstraintsFailed ? error.cause : error;
          const message = shownMessage(cause, masking.active);
          failure = error instanceof DeferredConstraintsFailed ? `transaction ${transactionNumber} failed at its deferred constraints, fired before COMMIT (${message}), and was rolled back (${ran.length} statement${ran.length === 1 ? "" : "s"} in it undone)` : `the check before COMMIT of transaction ${transactionNumber} could not run (${message}), so it was rolled back (${ran.length} statement${ran.length === 1 ? "" : "s"} in it undone)`;
          break;
        }
        const effects = { transaction: transactionNumber, statements: unit.statements.map((st) => st.index), effects: reportEffects(checked) };
        measured.push(effects);
        if (checked.beyond.length) {
          await session.query("ROLLBACK").catch(() => void 0);
          const after = unit.statements.length > 1 ? await attribute(session, watch, unit.statements, options) : /* @__PURE__ */ new Map();
          effects.effects = effects.effects.map((e2) => {
            const statement = e2.beyond ? after.get(effectKey(e2)) ?? (unit.statements.length === 1 ? unit.statements[0] : void 0) : void 0;
            return statement ? { ...e2, after: { index: statement.index, path: statement.path } } : e2;
          });
          for (const r2 of ran) results.set(r2.index, { ...r2, status: "rolled_back" });
          options.after(unit.statements.map((st) => results.get(st.index)));
          await options.effectsRefused?.(effects);
          failure = `transaction ${transactionNumber} was rolled back before COMMIT because it did more than the approval covers: ${beyondText(effects.effects)} (${ran.length} statement${ran.length === 1 ? "" : "s"} in it undone)`;
          break;
        }
      }
      if (!failed && !run.unaudited) {
        for (const statement of unit.statements) advance(statement);
        const touched = /* @__PURE__ */ new Set([...unrecorded, ...unit.statements.map((st) => st.path)]);
        try {
          await recordProgress(session, files, touched, progress, options.ledger);
          unrecorded.clear();
        } catch (error) {
          const last = unit.statements[unit.statements.length - 1];
          failed = { ...results.get(last.index), status: "failed", error: { message: `the ledger could not record this transaction, so it was rolled back (${error.message})` } };
          results.set(last.index, failed);
          ran.pop();
        }
      }
      if (failed || run.unaudited) {
        progress.clear();
        for (const [path, count] of before) progress.set(path, count);
        await session.query("ROLLBACK").catch(() => void 0);
        for (const r2 of ran) results.set(r2.index, { ...r2, status: "rolled_back" });
        options.after(unit.statements.slice(0, run.audited).map((s2) => results.get(s2.index)));
        const undone = `transaction ${transactionNumber} rolled back (${ran.length} earlier statement${ran.length === 1 ? "" : "s"} in it undone)`;
        if (run.unaudited) {
          const { statement, message } = run.unaudited;
          results.set(statement.index, { ...results.get(statement.index), status: "failed", transaction: transactionNumber, error: { message } });
          failure = `statement ${statement.index + 1} (${statement.path}) was not run: ${message}${ran.length ? `; ${undone}` : ""}`;
        } else failure = `statement ${failed.index + 1} (${failed.path}) failed: ${failed.error?.message}; ${undone}`;
        break;
      }
      try {
        await session.query("COMMIT");
      } catch (error) {
        for (const r2 of ran) results.set(r2.index, { ...r2, status: "rolled_back" });
        options.after(unit.statements.map((s2) => results.get(s2.index)));
        failure = `transaction ${transactionNumber} failed at COMMIT (${shownMessage(error, masking.active)}) and was rolled back (${ran.length} statement${ran.length === 1 ? "" : "s"} in it undone)`;
        break;
      }
      committed.push(...unit.statements.map((s2) => s2.index));
      options.after(ran);
    }
    if (!failure && !options.signal?.aborted && unrecorded.size) await recordProgress(session, files, unrecorded, progress, options.ledger);
  } finally {
    options.signal?.removeEventListener("abort", interrupt);
    void unlockLedger(session).catch(() => void 0).then(() => session.release()).catch(() => void 0);
  }
  const ordered = statements.map((s2) => results.get(s2.index));
  if (options.signal?.aborted) {
    const kept = committed.length ? ` Statements ${committed.map((i) => i + 1).join(", ")} were committed (and recorded in the ledger) before it.` : " Nothing was committed.";
    failure = `${interruptedBecause(options.signal)}: the open transaction was rolled back${failure ? ` (${failure})` : ""}`;
    return withEffects({ ok: false, results: ordered, message: `${failure}.${kept} Run the apply step again: the ledger skips what was applied.` });
  }
  const skippedNote = alreadyApplied.length ? ` ${alreadyApplied.length} statement${alreadyApplied.length === 1 ? " was" : "s were"} already applied and skipped (${skippedFiles(statements, alreadyApplied)}).` : "";
  if (failure) {
    const kept = committed.length ? ` Statements ${committed.map((i) => i + 1).join(", ")} were committed before it.` : " Nothing was committed.";
    return withEffects({ ok: false, results: ordered, message: `${failure}.${kept}${skippedNote}` });
  }
  if (committed.length === 0 && alreadyApplied.length > 0) return withEffects({ ok: true, results: ordered, message: `Nothing to do: this plan was already applied.${skippedNote}` });
  return withEffects({ ok: true, results: ordered, message: `${committed.length} statement${committed.length === 1 ? "" : "s"} applied in ${transactionNumber} transaction${transactionNumber === 1 ? "" : "s"}.${skippedNote}` });
}
async function attribute(session, watch, statements, options) {
  const found = /* @__PURE__ */ new Map();
  const targets = statements.map((s2) => postgresTargets(s2.sql));
  try {
    await beginTransaction(session, options);
    const mark = await watch.mark();
    for (const statement of statements) {
      await session.query(statement.sql);
      for (const { effect } of (await watch.check(mark, [], { targets })).beyond) if (!found.has(effectKey(effect))) found.set(effectKey(effect), statement);
    }
  } catch {
  } finally {
    await session.query("ROLLBACK").catch(() => void 0);
  }
  return found;
}
var alone = (session, work) => inOwnTransaction((sql) => session.query(sql), work);
async function beginTransaction(session, options) {
  await session.query("BEGIN");
  await session.query(`SET LOCAL lock_timeout = ${quoteLiteral(options.lockTimeout)}`);
  await session.query(`SET LOCAL statement_timeout = ${quoteLiteral(options.statementTimeout)}`);
}
function interruptedBecause(signal) {
  return typeof signal.reason === "string" ? signal.reason : "the gateway shut down while this plan ran";
}
function skippedFiles(statements, indexes) {
  const set = new Set(indexes);
  const paths = [...new Set(statements.filter((s2) => set.has(s2.index)).map((s2) => s2.path))];
  return paths.length > 5 ? `${paths.slice(0, 5).join(", ")} and ${paths.length - 5} more` : paths.join(", ");
}
async function auditBefore(options, group) {
  try {
    await options.before(group);
    return void 0;
  } catch (error) {
    return `audit record could not be written, so the statement was not run (${error.message})`;
  }
}
async function runTransaction(session, statements, transaction, mask, options, watch) {
  let mark;
  const begin = async () => {
    await beginTransaction(session, options);
    mark = await watch?.mark([], { catalog: statements.some((st) => mayChangeCatalog(st.sql)) });
  };
  const size = options.chunk ?? statements.length;
  const chunks = Array.from({ length: Math.ceil(statements.length / size) }, (_2, c2) => statements.slice(c2 * size, (c2 + 1) * size));
  const results = [];
  let audited = 0;
  let writing = auditBefore(options, chunks[0]);
  await begin();
  for (const [c2, chunk] of chunks.entries()) {
    const unaudited = await writing;
    if (unaudited) return { results, unaudited: { statement: chunk[0], message: unaudited }, audited };
    audited += chunk.length;
    const next = chunks[c2 + 1];
    writing = next ? auditBefore(options, next) : Promise.resolve(void 0);
    const ran = await runChunk(session, chunk, transaction, mask);
    if (ran) results.push(...ran);
    else {
      await session.query("ROLLBACK").catch(() => void 0);
      await begin().catch(() => void 0);
      results.splice(0, results.length, ...await runInTurn(session, chunks.slice(0, c2 + 1).flat(), transaction, mask));
    }
    const last = results[results.length - 1];
    if (last?.status !== "ok") {
      if (next && !await writing) audited += next.length;
      return { results, failed: last, audited, mark };
    }
  }
  return { results, audited, mark };
}
async function runChunk(session, chunk, transaction, mask) {
  if (session.batch && chunk.length > 1) {
    try {
      const outs = await session.batch(chunk.map((s2) => s2.sql));
      return outs.map((out, k2) => mask(okResult(chunk[k2], transaction, out, out.durationMs ?? 0), out.fields));
    } catch {
      return void 0;
    }
  }
  return runInTurn(session, chunk, transaction, mask);
}
async function runInTurn(session, statements, transaction, mask) {
  const results = [];
  for (const statement of statements) {
    results.push(await runOne(session, statement, transaction, mask));
    if (results[results.length - 1].status !== "ok") break;
  }
  return results;
}
function okResult(statement, transaction, out, durationMs) {
  const truncated = out.rows.length > MAX_RESULT_ROWS;
  return {
    index: statement.index,
    path: statement.path,
    status: "ok",
    transaction,
    rows_affected: out.rowCount,
    duration_ms: Math.round(durationMs * 100) / 100,
    notices: out.notices,
    ...out.fields.length ? { columns: out.fields.map((f3) => f3.name), rows: out.rows.slice(0, MAX_RESULT_ROWS), ...truncated ? { rows_truncated: true } : {} } : {}
  };
}
async function runOne(session, statement, transaction, mask) {
  const base = { index: statement.index, path: statement.path, status: "not_run", transaction };
  const started = performance.now();
  let result;
  try {
    const out = await session.query(statement.sql);
    result = mask(okResult(statement, transaction, out, performance.now() - started), out.fields);
  } catch (error) {
    const e2 = error;
    result = mask({ ...base, status: "failed", duration_ms: Math.round((performance.now() - started) * 100) / 100, error: { message: e2.message, ...e2.code ? { code: e2.code } : {} } }, [], originOf(e2.routine));
  }
  return result;
}
function masker(masking) {
  return (answer2, fields, origin = "unknown") => {
    if (!masking.active) return answer2;
    const result = {
      ...answer2,
      ...answer2.error ? { error: { ...answer2.error, message: redactMessage(answer2.error.message, origin, answer2.error.code) } } : {},
      ...answer2.notices ? { notices: answer2.notices.map((notice) => redactMessage(notice)) } : {}
    };
    if (!result.rows) return result;
    const replacements = /* @__PURE__ */ new Map();
    for (const field of fields) {
      const replacement = masking.replacementFor(field);
      if (replacement !== void 0 && !replacements.has(field.name)) replacements.set(field.name, replacement);
    }
    if (replacements.size === 0) return result;
    return { ...result, rows: result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k2, v2]) => [k2, replacements.has(k2) && v2 !== null ? replacements.get(k2) : v2]))) };
  };
}

// src/scan/dialects/mysql-targets.ts
var ROW_WRITES = { insert: ["insert"], replace: ["insert", "delete"], update: ["update"], delete: ["delete"] };
var LITERALS2 = /* @__PURE__ */ new Set(["number", "single_quote_string", "double_quote_string", "natural_string", "hex_string", "bit_string", "bool", "null", "param"]);
function mysqlTargets(sql, dialect) {
  const targets = { rows: [], relations: [], rebuilds: [], names: [], catalogs: [] };
  let tree;
  try {
    tree = parseWithSqlParser(sql, dialect);
  } catch {
    return targets;
  }
  for (const node of Array.isArray(tree) ? tree : [tree]) {
    const type = String(node.type ?? "");
    const ops = ROW_WRITES[type];
    if (ops) {
      for (const table of writtenTables(node)) for (const op of ops) targets.rows.push({ op, table: { name: table } });
      continue;
    }
    if (type === "truncate") {
      for (const table of tablesIn(node)) targets.rows.push({ op: "truncate", table: { name: table } });
      continue;
    }
    if (type === "select") continue;
    targets.relations.push(...tablesIn(node).map((name) => ({ name })));
    targets.rebuilds.push(...type === "alter" ? tablesIn(node).map((name) => ({ name })) : []);
    targets.names.push(...identifiersIn(node));
  }
  return targets;
}
function writtenTables(node) {
  const listed = Array.isArray(node.table) ? node.table : node.table ? [node.table] : [];
  const names = listed.map((t2) => String(t2.table ?? "")).filter(Boolean);
  if (!names.length && Array.isArray(node.from)) return node.from.map((t2) => String(t2.table ?? "")).filter(Boolean);
  return names;
}
function tablesIn(node) {
  const found = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    const n2 = value;
    if (typeof n2.table === "string" && n2.table) found.add(n2.table);
    for (const child of Object.values(n2)) visit(child);
  };
  visit(node);
  return [...found];
}
function identifiersIn(node) {
  const found = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (typeof value === "string") {
      if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(value)) found.add(value);
      return;
    }
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    const n2 = value;
    if (LITERALS2.has(String(n2.type))) return;
    for (const [key, child] of Object.entries(n2)) if (key !== "type" && key !== "keyword" && key !== "resource") visit(child);
  };
  visit(node);
  return [...found];
}

// src/gateway/server/effects-mysql.ts
var OPERATION_COUNT = { insert: "inserted", update: "updated", delete: "deleted" };
var MysqlEffectsCheck = class {
  /** `withSession`: where the catalog is read (exec: the run's own connection; the wire endpoint: a pooled one, as DDL commits). */
  constructor(withSession, approval, database, dialect) {
    this.withSession = withSession;
    this.approval = approval;
    this.database = database;
    this.dialect = dialect;
  }
  withSession;
  approval;
  database;
  dialect;
  /** The time the check took (its catalog reads and judgement), in milliseconds. */
  elapsedMs = 0;
  /** The connection database's catalog, its tables named in it (so unqualified names resolve there). */
  async snapshot() {
    return timedInto(this, async () => {
      const snapshot = await this.withSession((session) => snapshotMysql(async (sql, params) => (await session.query(sql, params ?? [])).rows, this.database, { counts: false }));
      for (const object of snapshot.objects.values()) if (object.kind === "relation") object.attrs.schema = this.database;
      return snapshot;
    });
  }
  /** Row statements before their COMMIT: the rows each one's result counts, in the tables it writes. */
  rows(catalog, statements) {
    const started = performance.now();
    const counts = /* @__PURE__ */ new Map();
    const targets = statements.map((s2) => mysqlTargets(s2.sql, this.dialect));
    for (const [i, target] of targets.entries()) {
      for (const { op, table } of target.rows) {
        if (op === "truncate") continue;
        const entry = counts.get(table.name) ?? { inserted: 0, updated: 0, deleted: 0 };
        entry[OPERATION_COUNT[op]] += statements[i].rows;
        counts.set(table.name, entry);
      }
    }
    const check = checkCommit({ before: catalog, after: catalog, rows: counts, targets: () => targets, searchPath: [this.database], approved: this.approval.approved, bounds: this.approval.bounds });
    this.elapsedMs += performance.now() - started;
    return check;
  }
  /** Statements that committed on their own: the catalog diff around them. */
  catalog(sqls, before, after) {
    const started = performance.now();
    const check = checkCommit({ before, after, rows: /* @__PURE__ */ new Map(), targets: () => sqls.map((sql) => mysqlTargets(sql, this.dialect)), searchPath: [this.database], approved: this.approval.approved, bounds: this.approval.bounds });
    this.elapsedMs += performance.now() - started;
    return check;
  }
};

// src/gateway/server/execute-mysql.ts
function unitsOf2(statements, dialect) {
  const units = [];
  for (const statement of statements) {
    const role = mysqlTransactionRole(statement.sql, dialect);
    const last = units[units.length - 1];
    if (role === "transactional" && last?.kind === "transaction") last.statements.push(statement);
    else if (role === "transactional") units.push({ kind: "transaction", statements: [statement] });
    else units.push(role === "own" ? { kind: "own", statement } : { kind: "skip", statement });
  }
  return units;
}
var list = (indexes) => indexes.map((i) => i + 1).join(", ");
async function executeMysqlPlan(database, statements, options) {
  const results = new Map(statements.map((s2) => [s2.index, { index: s2.index, path: s2.path, status: "not_run", transaction: null }]));
  const session = await database.session();
  const interrupt = () => void session.interrupt().catch(() => void 0);
  options.signal?.addEventListener("abort", interrupt, { once: true });
  const mask = masker(new ColumnMasking(options.masking));
  const committed = [];
  const alreadyApplied = [];
  let transactions = 0;
  let failure;
  const measured = [];
  let effects;
  const withEffects = (outcome) => effects ? { ...outcome, effects: measured, checkMs: Math.round(effects.elapsedMs * 100) / 100 } : outcome;
  try {
    await setTimeouts(session, options);
    await lockLedger(session);
    const files = planFilesOf(statements);
    const check = checkAgainstLedger(files, await readLedger(session));
    if (!check.ok) return { ok: false, results: statements.map((s2) => results.get(s2.index)), message: check.message };
    if (options.effects && isMysqlDatabase(database)) effects = new MysqlEffectsCheck((work) => work(session), options.effects, database.databaseName, options.dialect);
    let catalog = await effects?.snapshot();
    const progress = new Map(check.progress);
    const advance = (statement) => progress.set(statement.path, (progress.get(statement.path) ?? 0) + 1);
    const unrecorded = /* @__PURE__ */ new Set();
    const record = async (paths, pending) => {
      await session.query("START TRANSACTION");
      await recordProgress(session, files, paths, progress, options.ledger, pending ? { path: pending.path, statement: (progress.get(pending.path) ?? 0) + 1 } : void 0);
      await session.query("COMMIT");
    };
    const { remaining, skipped } = notYetApplied(statements, check.skip);
    for (const { statement, note } of skipped) {
      results.set(statement.index, { ...results.get(statement.index), status: "skipped", note });
      alreadyApplied.push(statement.index);
    }
    for (const unit of unitsOf2(remaining, options.dialect)) {
      if (options.signal?.aborted) break;
      if (unit.kind === "skip") {
        results.set(unit.statement.index, { ...results.get(unit.statement.index), status: "skipped", note: "transaction control is managed by the gateway" });
        advance(unit.statement);
        unrecorded.add(unit.statement.path);
        continue;
      }
      const group = unit.kind === "own" ? [unit.statement] : unit.statements;
      try {
        await options.before(group);
      } catch (error) {
        const first = group[0];
        results.set(first.index, { ...results.get(first.index), status: "failed", error: { message: `audit record could not be written, so the statement was not run (${error.message})` } });
        failure = `statement ${first.index + 1} (${first.path}) was not run: its audit record could not be written`;
        break;
      }
      if (unit.kind === "own") {
        const statement = unit.statement;
        await record([...unrecorded, statement.path], statement);
        unrecorded.clear();
        const result = await runOne2(session, statement, "own", mask);
        results.set(statement.index, result);
        options.after([result]);
        if (result.status !== "ok") {
          await record([statement.path]).catch(() => void 0);
          failure = `statement ${statement.index + 1} (${statement.path}) failed: ${result.error?.message}; MySQL commits such a statement on its own, so nothing after it ran`;
          break;
        }
        committed.push(statement.index);
        advance(statement);
        try {
          await record([statement.path]);
        } catch (error) {
          failure = `statement ${statement.index + 1} (${statement.path}) took effect, but the ledger could not record it (${error.message}); the ledger marks it as of unknown outcome, so the next run stops there until an operator settles it; nothing after it ran`;
          break;
        }
        if (effects && catalog) {
          const after = await effects.snapshot();
          const judged2 = effects.catalog([statement.sql], catalog, after);
          catalog = after;
          const own = { transaction: "own", statements: [statement.index], effects: reportEffects(judged2).map((e2) => e2.beyond ? { ...e2, after: { index: statement.index, path: statement.path } } : e2) };
          measured.push(own);
          if (judged2.beyond.length) {
            await options.effectsRefused?.(own);
            failure = `statement ${statement.index + 1} (${statement.path}) did more than the approval covers, and MySQL committed it on its own, so it cannot be undone: ${beyondText(own.effects)}; the ledger records it as applied; nothing after it ran`;
            break;
          }
        }
        continue;
      }
      transactions++;
      const before = new Map(progress);
      await session.query("START TRANSACTION");
      const ran = [];
      for (const statement of unit.statements) {
        const result = await runOne2(session, statement, transactions, mask);
        ran.push(result);
        if (result.status !== "ok") break;
      }
      let failed = ran.find((r2) => r2.status !== "ok");
      if (!failed && effects && catalog) {
        const judged2 = effects.rows(catalog, unit.statements.map((st, k2) => ({ sql: st.sql, rows: ran[k2]?.rows_affected ?? 0 })));
        const checked = { transaction: transactions, statements: unit.statements.map((st) => st.index), effects: reportEffects(judged2) };
        measured.push(checked);
        if (judged2.beyond.length) {
          await session.query("ROLLBACK").catch(() => void 0);
          for (const r2 of ran) results.set(r2.index, { ...r2, status: "rolled_back" });
          options.after(ran.map((r2) => results.get(r2.index)));
          await options.effectsRefused?.(checked);
          failure = `transaction ${transactions} was rolled back before COMMIT because it did more than the approval covers: ${beyondText(checked.effects)} (${ran.length} statement${ran.length === 1 ? "" : "s"} in it undone)`;
          break;
        }
      }
      if (!failed) {
        for (const statement of unit.statements) advance(statement);
        try {
          await recordProgress(session, files, /* @__PURE__ */ new Set([...unrecorded, ...unit.statements.map((st) => st.path)]), progress, options.ledger);
          await session.query("COMMIT");
          unrecorded.clear();
        } catch (error) {
          const last = ran[ran.length - 1];
          failed = { ...last, status: "failed", error: { message: `the ledger could not record this transaction, so it was rolled back (${error.message})` } };
          ran[ran.length - 1] = failed;
        }
      }
      if (failed) {
        progress.clear();
        for (const [path, count] of before) progress.set(path, count);
        await session.query("ROLLBACK").catch(() => void 0);
        for (const r2 of ran) results.set(r2.index, r2.status === "ok" ? { ...r2, status: "rolled_back" } : r2);
        options.after(ran.map((r2) => results.get(r2.index)));
        const undone = ran.length - 1;
        failure = `statement ${failed.index + 1} (${failed.path}) failed: ${failed.error?.message}; transaction ${transactions} rolled back (${undone} earlier statement${undone === 1 ? "" : "s"} in it undone)`;
        break;
      }
      for (const r2 of ran) results.set(r2.index, r2);
      committed.push(...unit.statements.map((s2) => s2.index));
      options.after(ran);
    }
    if (!failure && !options.signal?.aborted && unrecorded.size) await record(unrecorded);
  } finally {
    options.signal?.removeEventListener("abort", interrupt);
    void unlockLedger(session).catch(() => void 0).then(() => session.release()).catch(() => void 0);
  }
  return withEffects(outcomeOf(statements, results, committed, alreadyApplied, transactions, failure, options.signal?.aborted ? interruptedBecause(options.signal) : void 0));
}
function outcomeOf(statements, results, committed, alreadyApplied, transactions, failure, aborted) {
  const ordered = statements.map((s2) => results.get(s2.index));
  const tookEffect = committed.length ? ` Took effect (committed, in the ledger): statements ${list(committed)}.` : " Nothing took effect.";
  const notRun = ordered.filter((r2) => r2.status === "not_run").map((r2) => r2.index);
  const untouched = notRun.length ? ` Not run: statements ${list(notRun)}.` : "";
  const skipped = alreadyApplied.length ? ` ${alreadyApplied.length} statement${alreadyApplied.length === 1 ? " was" : "s were"} already applied and skipped.` : "";
  if (aborted) return { ok: false, results: ordered, message: `${aborted}${failure ? ` (${failure})` : ""}.${tookEffect}${untouched} Run the apply step again: the ledger skips what took effect.` };
  if (failure) return { ok: false, results: ordered, message: `${failure}.${tookEffect}${untouched}${skipped} A re-run resumes after the last statement that took effect.` };
  if (committed.length === 0 && alreadyApplied.length > 0) return { ok: true, results: ordered, message: `Nothing to do: this plan was already applied.${skipped}` };
  const own = committed.length - ordered.filter((r2) => typeof r2.transaction === "number" && r2.status === "ok").length;
  return { ok: true, results: ordered, message: `${committed.length} statement${committed.length === 1 ? "" : "s"} applied (${transactions} transaction${transactions === 1 ? "" : "s"}, ${own} statement${own === 1 ? "" : "s"} committed on ${own === 1 ? "its" : "their"} own).${skipped}` };
}
async function setTimeouts(session, options) {
  const lock = Math.max(1, Math.ceil(durationSeconds(options.lockTimeout)));
  await session.query(`SET SESSION innodb_lock_wait_timeout = ${lock}, lock_wait_timeout = ${lock}`);
  const statement = durationSeconds(options.statementTimeout);
  await session.query(session.mariadb ? `SET SESSION max_statement_time = ${statement}` : `SET SESSION max_execution_time = ${Math.round(statement * 1e3)}`);
}
async function runOne2(session, statement, transaction, mask) {
  const started = performance.now();
  const duration = () => Math.round((performance.now() - started) * 100) / 100;
  try {
    const out = await session.query(statement.sql);
    const truncated = out.rows.length > MAX_RESULT_ROWS;
    return mask(
      {
        index: statement.index,
        path: statement.path,
        status: "ok",
        transaction,
        rows_affected: out.rowCount,
        duration_ms: duration(),
        notices: out.notices,
        ...out.fields.length ? { columns: out.fields.map((f3) => f3.name), rows: out.rows.slice(0, MAX_RESULT_ROWS), ...truncated ? { rows_truncated: true } : {} } : {}
      },
      out.fields
    );
  } catch (error) {
    const e2 = error;
    return mask({ index: statement.index, path: statement.path, status: "failed", transaction, duration_ms: duration(), error: { message: e2.message, ...e2.code ? { code: e2.code } : {} } }, []);
  }
}

// src/gateway/server/exec-records.ts
function whoRuns(session) {
  return { actor: session.identity.actor, connection: session.connection, repository: session.identity.repository, run_id: session.identity.run_id, session: session.id };
}
var START_RECORDS_PER_WRITE = 250;
function startRecords(granularity, session, group) {
  const who = whoRuns(session);
  if (granularity === "transaction") return [{ kind: "statements.start", data: { ...who, statements: group.map((s2) => ({ digest: s2.digest, index: s2.index, path: s2.path, sql: s2.sql })) } }];
  const { actor, connection, repository, run_id, session: id } = who;
  return group.map((s2) => ({ kind: "statement.start", data: { actor, connection, digest: s2.digest, index: s2.index, path: s2.path, repository, run_id, session: id, sql: s2.sql } }));
}
function resultRecords(granularity, session, results) {
  const outcome = (r2) => ({ duration_ms: r2.duration_ms, error: r2.error?.message, index: r2.index, rows_affected: r2.rows_affected });
  if (granularity === "transaction") return [{ kind: "statements.result", data: { results: results.map((r2) => ({ ...outcome(r2), status: r2.status })), session: session.id } }];
  return results.map((r2) => ({ kind: "statement.result", data: { ...outcome(r2), session: session.id, status: r2.status } }));
}

// src/gateway/server/reevaluate.ts
async function reevaluate(statements, policy, today, declared = [], dialect = "postgres") {
  const paths = [...new Set(statements.map((s2) => s2.path))];
  const sources = paths.map((path) => ({ path, text: statements.filter((s2) => s2.path === path).map((s2) => `${s2.sql}
;
`).join("") }));
  const rehearse = declared.length ? async () => ({ summary: { status: "rehearsed", shadow: "declared with the plan" }, rehearsal: { status: "rehearsed", declared: true, historyFiles: 0, statements: judged(declared) } }) : void 0;
  const report = await evaluate({ sources, policy, dialect, today, ...rehearse ? { rehearse } : {} });
  const rescanned = report.files.flatMap((f3) => f3.statements.map((s2) => s2.digest));
  if (rescanned.join() !== statements.map((s2) => s2.digest).join()) {
    return { ok: false, reason: "the gateway splits these statements differently than the plan did; send one statement per entry" };
  }
  return { ok: true, report };
}
function judged(declared) {
  const byStatement = /* @__PURE__ */ new Map();
  for (const [path, index, key] of declared) {
    const { kind, attribute: attribute2, object } = parseEffectKey(key);
    const id = `${index}\0${path}`;
    const statement = byStatement.get(id) ?? byStatement.set(id, { path, index, effects: [] }).get(id);
    statement.effects.push({ effect: { kind, ...attribute2 ? { attribute: attribute2 } : {}, object, preexisting: true, description: `has the declared effect ${key}` }, rule: ruleOf(kind, attribute2) });
  }
  return [...byStatement.values()];
}
function parseEffectKey(key) {
  const space = key.indexOf(" ");
  const head = space < 0 ? key : key.slice(0, space);
  const [kind, attribute2] = head.split(":", 2);
  return { kind, ...attribute2 ? { attribute: attribute2 } : {}, object: space < 0 ? "" : key.slice(space + 1) };
}

// src/gateway/server/wire-ledger.ts
async function settleWireLedger(database, statements, ran, context3, waitMs) {
  const session = await database.session(waitMs);
  try {
    await lockLedger(session);
    try {
      const files = planFilesOf(statements);
      const check = checkAgainstLedger(files, await readLedger(session));
      if (!check.ok) return { skipped: /* @__PURE__ */ new Map(), recorded: [], problem: check.message.replace(/; nothing was run$/, "") };
      const skipped = new Map([...check.skip].filter(([index]) => !ran.has(index)));
      const progress = new Map(check.progress);
      const recorded = [];
      for (const [path, file] of files) {
        let applied = progress.get(path) ?? 0;
        while (applied < file.statements.length && ran.has(file.statements[applied].index)) applied++;
        if (applied > (progress.get(path) ?? 0)) {
          progress.set(path, applied);
          recorded.push(path);
        }
      }
      if (recorded.length) {
        await session.query("BEGIN");
        await recordProgress(session, files, recorded, progress, context3);
        await session.query("COMMIT");
      }
      return { skipped, recorded };
    } finally {
      await unlockLedger(session).catch(() => void 0);
    }
  } finally {
    await session.release();
  }
}

// src/gateway/server/wire/wire-plan.ts
function postgresPlanKey(sql) {
  const [parsed] = parseStatements(inlineCopy(sql)?.statement ?? sql);
  return parsed ? { key: parsed.key, transaction: parsed.type === "TransactionStmt" } : void 0;
}
var WirePlan = class {
  entries;
  /** Entries by key, in plan order (a plan may hold the same statement twice). */
  byKey = /* @__PURE__ */ new Map();
  refused = [];
  /** Claims made so far: each claim and each savepoint command is placed by it. */
  claims = 0;
  /** Each connection's savepoints in its open transaction, innermost last, with the position each was taken at. */
  savepoints = /* @__PURE__ */ new Map();
  /** `keyOf`: a statement's key and whether it is transaction control, by the endpoint's parser (PostgreSQL's by default). */
  constructor(statements, keyOf2 = postgresPlanKey) {
    this.entries = statements.flatMap((statement) => {
      const parsed = keyOf2(statement.sql);
      return parsed && !parsed.transaction ? [{ statement, key: parsed.key, state: "unrun" }] : [];
    });
    for (const entry of this.entries) this.byKey.set(entry.key, [...this.byKey.get(entry.key) ?? [], entry]);
  }
  /** Claims the first statement with this key that has not run for `connection`; undefined if none is free. */
  claim(key, connection) {
    const entry = this.byKey.get(key)?.find((e2) => e2.state === "unrun");
    if (!entry) return void 0;
    entry.state = "running";
    entry.holder = connection;
    entry.claimedAt = ++this.claims;
    return entry.statement;
  }
  /** Whether a statement with this key is planned and free to run (without claiming it). */
  available(key) {
    return this.byKey.get(key)?.some((e2) => e2.state === "unrun") ?? false;
  }
  /** Gives back claims of a message that was refused as a whole. */
  unclaim(statements) {
    for (const entry of this.entries) {
      if (entry.state === "running" && statements.includes(entry.statement)) {
        entry.state = "unrun";
        entry.holder = void 0;
      }
    }
  }
  /** Whether a statement with this key has run (or is running) already. */
  consumed(key) {
    return this.byKey.get(key)?.some((e2) => e2.state !== "unrun") ?? false;
  }
  /** Where the claims stand now: a savepoint command sent now takes effect here. */
  get position() {
    return this.claims;
  }
  /**
   * A savepoint command of the connection's open transaction, sent at `at` (a `position`; claims made after it in
   * the same message come later). ROLLBACK TO gives back what was claimed after the savepoint and up to `at`, and
   * keeps the savepoint; RELEASE forgets it and those after it, whose claims stay with the transaction. Like
   * PostgreSQL, a name means the innermost savepoint of that name; an unknown name changes nothing (the database
   * fails the command and the transaction with it).
   */
  savepoint(connection, action, name, at) {
    const stack = this.savepoints.get(connection) ?? [];
    this.savepoints.set(connection, stack);
    if (action === "TRANS_STMT_SAVEPOINT") {
      stack.push({ name, at });
      return;
    }
    const index = stack.map((s2) => s2.name).lastIndexOf(name);
    if (index < 0) return;
    if (action === "TRANS_STMT_RELEASE") {
      stack.length = index;
      return;
    }
    this.end(connection, "unrun", stack[index].at, at);
    stack.length = index + 1;
  }
  /**
   * The connection's transaction ended: what it claimed ran (commit) or is free to run again (rollback). `upTo` (a
   * `position`): a COMMIT or ROLLBACK inside a message ends only what was claimed before it in that message.
   */
  settle(connection, committed, upTo = Infinity) {
    this.savepoints.delete(connection);
    this.end(connection, committed ? "ran" : "unrun", 0, upTo);
  }
  /** The connection's claims made after position `after` and up to `upTo` ran, or are free again. */
  end(connection, state, after, upTo) {
    for (const entry of this.entries) {
      if (entry.state !== "running" || entry.holder !== connection || entry.claimedAt <= after || entry.claimedAt > upTo) continue;
      entry.state = state;
      entry.holder = void 0;
    }
  }
  refuse(refusal2) {
    if (this.refused.length < 1e3) this.refused.push(refusal2);
  }
  report() {
    return {
      ran: this.entries.filter((e2) => e2.state === "ran").map((e2) => ({ index: e2.statement.index, path: e2.statement.path })),
      unrun: this.entries.filter((e2) => e2.state !== "ran").map((e2) => ({ index: e2.statement.index, path: e2.statement.path, sql: e2.statement.sql.slice(0, 500) })),
      refused: [...this.refused]
    };
  }
};

// src/gateway/server/gateway.ts
var GATEWAY_ISSUER = "migration-guard-gateway";
var TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
var SUBJECT_TOKEN_TYPES = ["urn:ietf:params:oauth:token-type:jwt", "urn:ietf:params:oauth:token-type:id_token"];
var MAX_STATEMENTS = 1e4;
var MAX_ENDED_WIRES = 256;
var MAX_SUBJECT_TOKEN_BYTES = 64 * 1024;
var MAX_SQL_BYTES = 1024 * 1024;
var CATALOG_WAIT_MS = 5e3;
var answer = (outcome, body, context3) => ({ outcome, body, ...context3 ? { context: context3 } : {} });
var oauthError = (error, context3) => ({ outcome: "oauth_error", error, ...context3 ? { context: context3 } : {} });
var contextOf = (session, identity) => ({ session, repository: identity.repository, run_id: identity.run_id, actor: identity.actor });
var Gateway = class {
  constructor(deps) {
    this.deps = deps;
    this.now = deps.now ?? (() => /* @__PURE__ */ new Date());
    this.sessions = new SessionStore(deps.store);
  }
  deps;
  get auditPublicKeys() {
    return this.deps.auditPublicKeys ?? [];
  }
  now;
  sessions;
  /** Executions started after a gateway-side approval, so shutdown and tests can wait for them. */
  background = /* @__PURE__ */ new Set();
  /** Every plan running now (from exec or from an approval). */
  running = /* @__PURE__ */ new Map();
  draining = false;
  /** Open wire sessions: their plan's progress and their client connections (in this process). */
  /** The reports of wire sessions the gateway ended itself (expiry, the check), for the client's wire/end: the latest few. */
  endedWires = /* @__PURE__ */ new Map();
  wires = /* @__PURE__ */ new Map();
  /**
   * SHA1(SHA1(token)) of the wire sessions of mysql connections, learnt when their token is presented (opening the
   * session, polling it): what the MySQL endpoint checks a client's native-password scramble against. Never stored.
   */
  nativeVerifiers = /* @__PURE__ */ new Map();
  /** Wire sessions being ended now (their ledger and records being written): wire/end waits for the same report. */
  endingWires = /* @__PURE__ */ new Map();
  connection(name) {
    return this.deps.config.connections.find((c2) => c2.name === name);
  }
  // ---------------------------------------------------------------- POST /v1/token
  async exchange(form) {
    const connectionName = form.get("audience") ?? "";
    let audited = false;
    try {
      if (form.get("grant_type") !== TOKEN_EXCHANGE_GRANT) throw new OAuthError("unsupported_grant_type", `grant_type must be ${TOKEN_EXCHANGE_GRANT}`);
      const subjectToken = form.get("subject_token");
      if (!subjectToken) throw new OAuthError("invalid_request", "subject_token is required");
      if (subjectToken.length > MAX_SUBJECT_TOKEN_BYTES) throw new OAuthError("invalid_request", `subject_token is larger than ${MAX_SUBJECT_TOKEN_BYTES / 1024} KiB; an OIDC token is a few KiB`);
      if (!SUBJECT_TOKEN_TYPES.includes(form.get("subject_token_type") ?? "")) throw new OAuthError("invalid_request", `subject_token_type must be ${SUBJECT_TOKEN_TYPES[0]}`);
      const connection = this.connection(connectionName);
      if (!connection) throw new OAuthError("invalid_target", `audience ${JSON.stringify(connectionName.slice(0, 100))} is not a connection of this gateway`);
      const scope = sessionScope(form.get("scope"));
      if (scope === "wire" && !connection.wire) throw new OAuthError("invalid_scope", `connection ${connection.name} has no wire endpoint; use scope exec`);
      const digest = form.get("plan_digest") ?? "";
      if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new OAuthError("invalid_request", "plan_digest must be sha256:<64 hex digits>, the plan step output");
      const verdict = form.get("verdict") ?? "";
      if (verdict === "block") throw new OAuthError("invalid_request", "verdict is block: a blocked plan never runs");
      if (verdict !== "pass" && verdict !== "approval") throw new OAuthError("invalid_request", "verdict must be pass or approval");
      const { claims, issuer } = await this.deps.verifier.verify(subjectToken);
      const identity = identityOf(claims);
      const id = randomUUID();
      const ttl = this.deps.config.sessionTtl;
      const issuedAt = Math.floor(this.now().getTime() / 1e3);
      const expires = new Date((issuedAt + ttl) * 1e3);
      try {
        checkAccess(connection, identity, verdict);
        const session = { id, connection: connection.name, planDigest: digest, verdict, identity, expiresAt: expires, scope };
        if (!await this.sessions.createFor({ jti: String(claims.jti), issuer: issuer.issuer, expiresAtEpoch: Number(claims.exp) }, session)) {
          throw new OAuthError("invalid_grant", "subject_token was already exchanged (jti replay); request a fresh OIDC token");
        }
      } catch (error) {
        if (error instanceof OAuthError) {
          await this.deps.audit.append("token.refused", { connection: connection.name, reason: error.description, identity, plan_digest: digest, verdict });
          audited = true;
        }
        throw error;
      }
      const [record, accessToken] = await Promise.all([
        this.deps.audit.append("token.accepted", { session: id, connection: connection.name, plan_digest: digest, verdict, scope, identity, expires_at: expires.toISOString() }),
        new SignJWT({ plan_digest: digest, verdict, identity, scope }).setProtectedHeader({ alg: SESSION_ALG, kid: this.deps.keys.kid, typ: "JWT" }).setIssuer(GATEWAY_ISSUER).setAudience(connection.name).setSubject(String(claims.sub)).setJti(id).setIssuedAt(issuedAt).setExpirationTime(issuedAt + ttl).sign(this.deps.keys.privateKey)
      ]);
      this.deps.metrics?.exchanges.inc({ outcome: "accepted" });
      return answer("done", { access_token: accessToken, issued_token_type: "urn:ietf:params:oauth:token-type:access_token", token_type: "Bearer", expires_in: ttl, scope, session_id: id, audit_seq: record.seq }, contextOf(id, identity));
    } catch (error) {
      const oauth = error instanceof OAuthError ? error : new OAuthError("server_error", "the token exchange failed inside the gateway; nothing was issued");
      if (!audited) await this.deps.audit.append("token.refused", { connection: connectionName.slice(0, 100), reason: oauth.description }).catch(() => void 0);
      this.deps.metrics?.exchanges.inc({ outcome: "refused" });
      this.deps.metrics?.refusals.inc({ reason: `token_${oauth.error}` });
      return oauthError(oauth);
    }
  }
  // ---------------------------------------------------------------- session tokens
  async sessionFromBearer(authorization, connectionName) {
    const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
    if (!token) throw new OAuthError("invalid_token", "a session token is required (Authorization: Bearer <access_token from /v1/token>)");
    return this.sessionFromToken(token, connectionName);
  }
  /** The session a token stands for: signature, issuer, expiry and connection checked, then looked up. */
  async sessionFromToken(token, connectionName) {
    let jti;
    try {
      const verifier = async (header, input) => {
        try {
          return await this.deps.keys.verifier(header, input);
        } catch (error) {
          if (!(error instanceof errors_exports.JWKSNoMatchingKey)) throw error;
          const fresh = await this.deps.keys.reload();
          this.deps.keys.verifier = fresh.verifier;
          this.deps.keys.jwks = fresh.jwks;
          return fresh.verifier(header, input);
        }
      };
      const { payload } = await jwtVerify(token, verifier, {
        issuer: GATEWAY_ISSUER,
        algorithms: [SESSION_ALG],
        currentDate: this.now(),
        ...connectionName ? { audience: connectionName } : {}
      });
      jti = String(payload.jti);
    } catch (error) {
      if (error instanceof errors_exports.JWTExpired) throw new OAuthError("invalid_token", "the session has expired; run the apply step again to get a new session");
      if (error instanceof errors_exports.JWTClaimValidationFailed && error.claim === "aud") throw new OAuthError("invalid_token", `the session is not for connection ${connectionName}`);
      throw new OAuthError("invalid_token", "the session token is invalid");
    }
    const row = await this.sessions.get(jti);
    if (!row) throw new OAuthError("invalid_token", "unknown session");
    if (row.status === "revoked") throw new OAuthError("invalid_token", `session ${row.id} was revoked by an operator; run the apply step again once they allow it`);
    if (row.scope === "wire" && this.connection(row.connection)?.driver === "mysql" && !this.nativeVerifiers.has(row.id)) {
      const now = this.now().getTime();
      for (const [id, verifier] of this.nativeVerifiers) if (verifier.expiresAt <= now) this.nativeVerifiers.delete(id);
      this.nativeVerifiers.set(row.id, { stage2: nativeStage2(token), expiresAt: new Date(row.expires_at).getTime() });
    }
    return row;
  }
  async reviewer(authorization) {
    const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
    if (!token) return void 0;
    const hash = createHash3("sha256").update(token).digest();
    return this.deps.config.reviewers.find((r2) => timingSafeEqual2(Buffer.from(r2.tokenSha256, "hex"), hash))?.name;
  }
  // ---------------------------------------------------------------- POST /v1/connections/{name}/exec
  async exec(authorization, connectionName, body) {
    const admitted = await this.admit(authorization, connectionName, body, "exec");
    if (!("request" in admitted)) return admitted;
    const { session, connection, request, decision, context: context3 } = admitted;
    if (decision.verdict === "approval" && connection.requireReview) {
      return this.requestReview(session, connection, request, { session_id: session.id, status: "review_pending", results: [] }, context3);
    }
    if (this.draining) return shuttingDown(session, context3);
    if (!await this.sessions.transition(session.id, "issued", "running")) return alreadyInUse(session);
    return answer("done", await this.run(session, connection, request.statements, request.plan.effects), context3);
  }
  /**
   * What exec and the wire endpoint both check before a plan may run: the session (scope, status), the statements
   * sent (they hash to the session's digest) and the gateway's own verdict on them. An Outcome when it stops there.
   */
  async admit(authorization, connectionName, body, scope) {
    const connection = this.connection(connectionName);
    if (!connection || scope === "wire" && !connection.wire) return answer("not_found", { error: "not_found", error_description: `no connection ${connectionName}${scope === "wire" ? " with a wire endpoint" : ""}` });
    let session;
    try {
      session = await this.sessionFromBearer(authorization, connection.name);
    } catch (error) {
      this.deps.metrics?.refusals.inc({ reason: "invalid_session" });
      return oauthError(error);
    }
    const context3 = contextOf(session.id, session.identity);
    if (session.scope !== scope) {
      const message = scope === "exec" ? "this session was issued for the wire endpoint (scope wire); exchange a token with scope exec to run the plan over HTTP" : "this session was issued for exec; exchange a token with scope wire to use the wire endpoint";
      return answer("refused", { session_id: session.id, status: session.status, message }, context3);
    }
    if (this.draining) return shuttingDown(session, context3);
    if (session.status !== "issued") return answer("conflict", { session_id: session.id, status: session.status, message: "this session was already used; each session runs one plan once" }, context3);
    const request = verifyPlan(session, body, connection.dialect);
    if ("outcome" in request) return this.refuse(session, connection, request);
    const copy = scope === "exec" ? request.statements.find((s2) => /^\s*copy\b/i.test(s2.sql) && inlineCopy(s2.sql)) : void 0;
    if (copy) {
      return this.refuse(session, connection, {
        outcome: "refused",
        reason: "needs_wire",
        message: `statement ${copy.index + 1} (${copy.path}) is COPY \u2026 FROM STDIN with its rows inline, which only psql can send: apply this plan with run: psql -v ON_ERROR_STOP=1 -f ${copy.path} through the wire endpoint; nothing was run`
      });
    }
    const decision = await this.reevaluateFor(session, connection, request.statements, request.plan.effects);
    if ("outcome" in decision) return this.refuse(session, connection, decision);
    return { session, connection, request, decision, context: context3 };
  }
  /** An approval plan on a connection with require-review: stored, audited, and answered 202 until a reviewer decides. */
  async requestReview(session, connection, request, body, context3) {
    const pending = { statements: request.statements, effects: request.plan.effects, requested_at: this.now().toISOString() };
    if (!await this.sessions.transition(session.id, "issued", "review_pending", { request: pending })) return alreadyInUse(session);
    await this.deps.audit.append("review.requested", { session: session.id, connection: connection.name, plan_digest: session.plan_digest, identity: session.identity });
    return answer("review_pending", { ...body, message: `a reviewer must approve session ${session.id} (migration-guard review approve ${session.id})` }, context3);
  }
  /** Re-evaluates the statements under the connection's policy and checks the session may run that verdict. */
  async reevaluateFor(session, connection, statements, effects) {
    const rechecked = await reevaluate(statements, this.deps.policies.get(connection.name), todayOf(this.now), effects, connection.dialect);
    if (!rechecked.ok) return { outcome: "refused", reason: "split_mismatch", message: rechecked.reason };
    const { report } = rechecked;
    const flagged = report.files.flatMap(
      (f3) => f3.statements.flatMap((s2) => s2.findings.filter((x3) => !x3.exemption && (x3.severity === "block" || x3.severity === "approval")).map((x3) => ({ path: f3.path, index: s2.index, rule: x3.rule, severity: x3.severity, message: x3.message })))
    );
    if (report.verdict === "block") {
      return { outcome: "refused", reason: "policy_block", message: "the plan contains statements at block under the gateway policy; nothing was run", extra: { findings: flagged.filter((f3) => f3.severity === "block") } };
    }
    if (report.verdict === "approval" && session.verdict !== "approval") {
      return {
        outcome: "refused",
        reason: "needs_approval",
        message: `the gateway policy requires approval for this plan, but the session was issued for verdict ${session.verdict}; run the apply job in the approval environment (${connection.approvalEnvironment})`,
        extra: { findings: flagged }
      };
    }
    const applied = report.exemptions.applied;
    if (applied.length) await this.deps.audit.append("exemptions.used", { session: session.id, exemptions: applied.map((e2) => ({ id: e2.id, rule: e2.rule, owner: e2.owner, expires: e2.expires, reason: e2.reason })) });
    return report;
  }
  /** Audits a refusal and closes the session (it can never run another plan). */
  async refuse(session, connection, refusal2) {
    await this.deps.audit.append("exec.refused", { session: session.id, connection: connection.name, reason: refusal2.message, identity: session.identity });
    await this.sessions.transition(session.id, "issued", "blocked", { message: refusal2.message });
    this.deps.metrics?.refusals.inc({ reason: refusal2.reason });
    return answer(refusal2.outcome, { session_id: session.id, status: "blocked", message: refusal2.message, results: [], ...refusal2.extra }, contextOf(session.id, session.identity));
  }
  run(session, connection, statements, effects) {
    const abort = new AbortController();
    const done = this.execute(session, connection, statements, effects, abort.signal).finally(() => this.running.delete(session.id));
    this.running.set(session.id, { session: session.id, done, interrupt: (why) => abort.abort(why) });
    return done;
  }
  async execute(session, connection, statements, approvedEffects, signal) {
    const identity = session.identity;
    const resultsWritten = [];
    const granularity = this.deps.config.auditGranularity;
    let outcome;
    const effects = this.effectsApproval(connection, approvedEffects);
    const approved = [...effects.approved];
    try {
      await this.deps.audit.append("exec.start", { session: session.id, connection: connection.name, plan_digest: session.plan_digest, statements: statements.length, identity });
      const options = {
        signal,
        lockTimeout: connection.lockTimeout,
        statementTimeout: connection.statementTimeout,
        masking: this.deps.config.masking,
        chunk: granularity === "statement" ? START_RECORDS_PER_WRITE : void 0,
        ledger: { planDigest: session.plan_digest, session: session.id, identity },
        before: async (group) => void await this.deps.audit.appendMany(startRecords(granularity, session, group)),
        after: (results) => void resultsWritten.push(this.deps.audit.appendManySoon(resultRecords(granularity, session, results))),
        effects,
        effectsRefused: async (refused) => void await this.deps.audit.append("exec.effects_refused", { session: session.id, connection: connection.name, identity, approved, ...refused })
      };
      const database = this.deps.databases.get(connection.name);
      outcome = database.engine === "mysql" ? await executeMysqlPlan(database, statements, { ...options, dialect: connection.dialect }) : await executePlan(database, statements, options);
    } catch (error) {
      outcome = { ok: false, results: [], message: `execution failed before it could start: ${error.message}` };
    }
    for (const result of outcome.results) this.deps.metrics?.statements.inc({ outcome: result.status });
    const status = outcome.ok ? "done" : "failed";
    const measured = outcome.effects ? { approved, measured: outcome.effects, check_ms: outcome.checkMs ?? 0 } : void 0;
    const ended = await this.recordEnd(session, { status, results: outcome.results, message: outcome.message }, { kind: "exec.end", data: { session: session.id, status, message: outcome.message, ...measured ? { effects: measured } : {} } }, resultsWritten);
    return { session_id: session.id, status, message: ended.message, results: outcome.results, ...measured ? { effects: measured } : {}, identity, audit_seq: ended.auditSeq, audit_hash: ended.auditHash };
  }
  /**
   * Records the end of a run, which cannot be undone: its end record and the session's end are written at the same
   * time. A write that fails, or a gap in the run's earlier records (`recorded`), is reported as a warning in the
   * answer, never as "nothing was executed", and in the stored session's message when that could be written.
   */
  async recordEnd(session, end, record, recorded = []) {
    const [appended, written, unstored] = await Promise.all([
      this.deps.audit.append(record.kind, record.data).catch((error) => error),
      Promise.allSettled(recorded),
      this.sessions.finish(session.id, end.status, end.results, end.message).then(() => void 0, (error) => error)
    ]);
    const gap = written.find((r2) => r2.status === "rejected");
    const warnings = [
      ...gap ? [`the audit records of some results could not be written (${gap.reason.message})`] : [],
      ...appended instanceof Error ? [`the ${record.kind} audit record could not be written (${appended.message})`] : [],
      ...unstored ? [`the session's end could not be stored (${unstored.message}), so GET /v1/sessions/${session.id} does not show this outcome`] : []
    ];
    const auditSeq = appended instanceof Error ? void 0 : appended.seq;
    const auditHash = appended instanceof Error ? void 0 : appended.hash;
    if (!warnings.length) return { message: end.message, auditSeq, auditHash };
    const message = `${end.message} Warning: ${warnings.join("; ")}.`;
    if (!unstored) await this.sessions.finish(session.id, end.status, end.results, message).catch(() => void 0);
    return { message, auditSeq, auditHash };
  }
  // ---------------------------------------------------------------- GET /v1/sessions/{id}
  async session(authorization, id) {
    const reviewer = await this.reviewer(authorization);
    let row;
    if (reviewer) row = await this.sessions.get(id);
    else {
      try {
        row = await this.sessionFromBearer(authorization);
      } catch (error) {
        return oauthError(error);
      }
      if (row.id !== id) return answer("refused", { error: "access_denied", error_description: "this session token is for another session" });
    }
    if (!row) return answer("not_found", { error: "not_found", error_description: "no such session" });
    return answer("done", sessionView(row, !!reviewer));
  }
  // ---------------------------------------------------------------- POST /v1/sessions/{id}/review
  async review(authorization, id, body) {
    const reviewer = await this.reviewer(authorization);
    if (!reviewer) return oauthError(new OAuthError("invalid_token", "a reviewer credential is required"));
    const decision = body?.decision;
    const comment = String(body?.comment ?? "").slice(0, 2e3);
    if (decision !== "approve" && decision !== "reject") return answer("invalid", { error: "invalid_request", error_description: "decision must be approve or reject" });
    const row = await this.sessions.get(id);
    if (!row) return answer("not_found", { error: "not_found", error_description: "no such session" });
    if (row.status !== "review_pending") return answer("conflict", { error: "conflict", error_description: `session is ${row.status}, not waiting for review` });
    if (new Date(row.expires_at).getTime() < this.now().getTime()) return answer("conflict", { error: "conflict", error_description: "session expired before it was reviewed; the apply job must start a new one" });
    const review = { reviewer, decision, comment, at: this.now().toISOString() };
    const next = decision === "approve" ? row.scope === "wire" ? "wire_open" : "running" : "rejected";
    const masking = next === "wire_open" ? await this.maskingFor(this.connection(row.connection)) : void 0;
    if (masking instanceof Error) return answer("unavailable", { error: "unavailable", error_description: `${masking.message}; the session still waits for review: approve it again` });
    if (!await this.sessions.transition(id, "review_pending", next, { review })) return answer("conflict", { error: "conflict", error_description: "session was reviewed concurrently" });
    await this.deps.audit.append("review", { session: id, reviewer, decision, comment, plan_digest: row.plan_digest, identity: row.identity });
    const requestedAt = Date.parse(String(row.request?.requested_at ?? ""));
    if (Number.isFinite(requestedAt)) this.deps.metrics?.reviewWait.observe((this.now().getTime() - requestedAt) / 1e3);
    if (masking) await this.openWirePlan(row, row.request.statements, row.request.effects ?? [], masking);
    else if (decision === "approve") {
      const connection = this.connection(row.connection);
      const job = this.run(row, connection, row.request.statements, row.request.effects ?? []).then(() => void 0);
      this.background.add(job);
      void job.finally(() => this.background.delete(job));
    }
    return answer("done", { session_id: id, status: next === "rejected" ? "rejected" : "approved", reviewer }, contextOf(id, row.identity));
  }
  // ---------------------------------------------------------------- POST /v1/connections/{name}/wire
  /**
   * Opens a wire session for the approved plan: the same checks as exec (the statements hash to the session's
   * digest, the gateway's policy re-evaluates them, approval plans need the approval environment or a reviewer),
   * then the plan is what the wire endpoint lets run, each statement once, until the session ends or expires.
   */
  async openWire(authorization, connectionName, body) {
    const admitted = await this.admit(authorization, connectionName, body, "wire");
    if (!("request" in admitted)) return admitted;
    const { session, connection, request, decision, context: context3 } = admitted;
    if (decision.verdict === "approval" && connection.requireReview) {
      return this.requestReview(session, connection, request, this.wireView(session, connection, "review_pending"), context3);
    }
    if (this.draining) return shuttingDown(session, context3);
    const masking = await this.maskingFor(connection);
    if (masking instanceof Error) return answer("unavailable", { session_id: session.id, status: "issued", message: `${masking.message}; the session is unused: run the apply step again` }, context3);
    if (!await this.sessions.transition(session.id, "issued", "wire_open", { request: { statements: request.statements, effects: request.plan.effects } })) return alreadyInUse(session);
    await this.openWirePlan(session, request.statements, request.plan.effects, masking);
    return answer("done", this.wireView(session, connection, "wire_open"), context3);
  }
  async openWirePlan(session, statements, approvedEffects, masking) {
    const connection = this.connection(session.connection);
    const effects = this.effectsApproval(connection, approvedEffects);
    await this.deps.audit.append("wire.open", { session: session.id, connection: connection.name, plan_digest: session.plan_digest, tool: connection.wire.tool, identity: session.identity, statements: statements.map((s2) => ({ index: s2.index, path: s2.path, digest: s2.digest })), ...effects.approved.size ? { effects: [...effects.approved] } : {} });
    const timer = setTimeout(() => void this.endWireSession(session, "the session expired"), Math.min(Math.max(new Date(session.expires_at).getTime() - this.now().getTime(), 0), 2 ** 31 - 1));
    timer.unref();
    const plan = connection.driver === "mysql" ? new WirePlan(statements, (sql) => mysqlPlanKey(sql, connection.dialect)) : new WirePlan(statements);
    this.wires.set(session.id, { session, statements, plan, relays: /* @__PURE__ */ new Set(), checkMs: 0, timer, rules: { tool: postgresTool(connection), masking: masking.active }, masking, effects });
  }
  /** The check before COMMIT: the effects approved with the plan (as its digest bound them) and the gateway policy's row bounds. */
  effectsApproval(connection, approvedEffects) {
    return { approved: new Set(approvedEffects.map(([, , key]) => key)), bounds: this.deps.policies.get(connection.name).maxRows };
  }
  /**
   * The masking rules with the table columns they mask in this connection's database, read once per wire session, or
   * why they could not be read (then the session does not open: its rows could not be masked by source column).
   */
  async maskingFor(connection) {
    const rules = this.deps.config.masking;
    if (!rules.length || connection.driver === "mysql") return new ColumnMasking(rules);
    try {
      const session = await this.deps.databases.get(connection.name).session(CATALOG_WAIT_MS);
      try {
        return await ColumnMasking.load(rules, (sql, params) => session.query(sql, params));
      } finally {
        await session.release();
      }
    } catch (error) {
      if (error instanceof TargetRoleError) return error;
      return new Error(`the columns to mask could not be read from database ${connection.name} (${error.message})`);
    }
  }
  wireView(session, connection, status) {
    return { session_id: session.id, status, message: `connect to the wire endpoint (database ${connection.name}, user session, the session token as password)`, wire: { protocol: connection.driver === "mysql" ? "mysql" : "postgres", port: connection.wire.port, tls: !!connection.wire.tls, database: connection.name, user: "session" }, results: [] };
  }
  /** The wire endpoint's check of a client's password (the session token): the session must be open for the wire. */
  async attachWire(token, connectionName) {
    const session = await this.sessionFromToken(token, connectionName).catch((error) => {
      throw new Error(error.description ?? "the session token is invalid");
    });
    const wire = this.wires.get(session.id);
    if (session.scope !== "wire") throw new Error("this session was issued for exec, not for the wire endpoint");
    if (session.status === "review_pending") throw new Error(`session ${session.id} is waiting for a reviewer`);
    if (session.status !== "wire_open") throw new Error(`session ${session.id} is ${session.status}; open it first (POST /v1/connections/${connectionName}/wire) or run the apply step again`);
    if (!wire) throw new Error(`session ${session.id} was opened on another gateway process (or before a restart); run the apply step again`);
    const connection = this.connection(connectionName);
    const common = this.wireAttachment(session, wire, connection);
    return {
      ...common,
      backend: () => this.deps.databases.get(connectionName).wire((query) => checkHistoryTables(query, postgresTool(connection))),
      context: { ...common.context, rules: wire.rules, effects: wire.effects }
    };
  }
  /**
   * What a client of either wire endpoint gets once its session is known to be open here: the checks both make
   * (draining, connections per session), and the relay context and hooks both use. `connect`: more for wire.connect.
   */
  wireAttachment(session, wire, connection, connect = {}) {
    if (this.draining) throw new Error("the gateway is shutting down; run the apply step again");
    const perSession = connection.wire.limits.maxConnectionsPerSession;
    if (wire.relays.size >= perSession) throw new Error(`session ${session.id} already has ${wire.relays.size} open connections (at most ${perSession}: wire.limits.max-connections-per-session)`);
    const stamped = (data) => ({ ...data, ...whoRuns(session) });
    const context3 = {
      plan: wire.plan,
      planDigest: session.plan_digest,
      masking: wire.masking,
      audit: async (kind, data) => void await this.deps.audit.append(kind, stamped(data)),
      auditSoon: async (kind, data) => void await this.deps.audit.appendSoon(kind, stamped(data)),
      refused: (rule) => this.deps.metrics?.refusals.inc({ reason: `wire_${rule}` }),
      halt: (reason) => void this.endWireSession(session, reason),
      statement: (outcome) => this.deps.metrics?.statements.inc({ outcome })
    };
    return {
      expiresAt: new Date(session.expires_at),
      context: context3,
      opened: (relay) => {
        wire.relays.add(relay);
        void this.deps.audit.append("wire.connect", { session: session.id, connection: connection.name, identity: session.identity, ...connect });
      },
      ended: (relay) => {
        if (wire.relays.delete(relay)) wire.checkMs += relay.checkMs;
      }
    };
  }
  /**
   * The MySQL endpoint's check of a client: its native-password answer to the scramble must come from the token of
   * an open wire session of this connection (each is tried; there are few). Then the same checks as attachWire.
   */
  async attachMysql(connectionName, scramble, response) {
    const connection = this.connection(connectionName);
    const found = [...this.wires.values()].find((w2) => {
      const verifier = this.nativeVerifiers.get(w2.session.id);
      return w2.session.connection === connectionName && verifier !== void 0 && verifyNative(scramble, response, verifier.stage2);
    });
    if (!found) throw new Error(`access denied: the password is not the token of a wire session open on this gateway process for connection ${connectionName} (open it first: POST /v1/connections/${connectionName}/wire)`);
    const session = await this.sessions.get(found.session.id) ?? found.session;
    if (session.status !== "wire_open") throw new Error(`session ${session.id} is ${session.status}; run the apply step again`);
    if (new Date(session.expires_at).getTime() <= this.now().getTime()) throw new Error("the session has expired; run the apply step again to get a new session");
    const database = this.deps.databases.get(connectionName);
    if (!isMysqlDatabase(database)) throw new Error(`connection ${connectionName} is not a mysql connection`);
    const common = this.wireAttachment(session, found, connection, { protocol: "mysql" });
    const pooled = async (work) => {
      const borrowed = await database.session();
      try {
        return await work(borrowed);
      } finally {
        await borrowed.release();
      }
    };
    return {
      ...common,
      backend: (capabilities, collation) => database.wireBackend(capabilities, collation),
      context: {
        ...common.context,
        rules: { tool: connection.wire.tool, dialect: connection.dialect, database: database.databaseName },
        connectionName,
        effects: new MysqlEffectsCheck(pooled, found.effects, database.databaseName, connection.dialect)
      }
    };
  }
  // ---------------------------------------------------------------- POST /v1/connections/{name}/wire/end
  /** Ends a wire session: open connections are closed, and what ran, what was refused and what never ran is recorded. */
  async endWire(authorization, connectionName) {
    let session;
    try {
      session = await this.sessionFromBearer(authorization, connectionName);
    } catch (error) {
      return oauthError(error);
    }
    if (session.scope !== "wire") return answer("refused", { session_id: session.id, status: session.status, message: "not a wire session" });
    const ended = await this.endWireSession(session, "ended by the client");
    if (!ended) return answer("conflict", { session_id: session.id, status: session.status, message: session.status === "wire_open" ? "the session is open on another gateway process" : `the session is ${session.status}` });
    return answer("done", ended, contextOf(session.id, session.identity));
  }
  /** Ends a wire session once (the client's wire/end, expiry, the check, a revocation): later callers get the same report. */
  endWireSession(session, why) {
    const ending = this.endingWires.get(session.id);
    if (ending) return ending;
    if (!this.wires.has(session.id)) return Promise.resolve(this.endedWires.get(session.id));
    const ended = this.finishWireSession(session, why).finally(() => this.endingWires.delete(session.id));
    this.endingWires.set(session.id, ended);
    return ended;
  }
  async finishWireSession(session, why) {
    const wire = this.wires.get(session.id);
    if (!wire) return void 0;
    this.wires.delete(session.id);
    this.nativeVerifiers.delete(session.id);
    clearTimeout(wire.timer);
    const checkMs = Math.round([...wire.relays].reduce((ms, relay) => ms + relay.checkMs, wire.checkMs) * 100) / 100;
    for (const relay of wire.relays) relay.terminate("57P01", `migration-guard: the session ended (${why})`);
    const report = wire.plan.report();
    const entries = new Set([...report.ran, ...report.unrun].map((e2) => e2.index));
    const done = /* @__PURE__ */ new Set([...report.ran.map((r2) => r2.index), ...wire.statements.filter((st) => !entries.has(st.index)).map((st) => st.index)]);
    const ledger = await settleWireLedger(this.deps.databases.get(session.connection), wire.statements, done, { planDigest: session.plan_digest, session: session.id, identity: session.identity }, CATALOG_WAIT_MS).catch(
      (error) => ({ skipped: /* @__PURE__ */ new Map(), recorded: [], problem: `the ledger could not be read or written (${error.message.slice(0, 200)})` })
    );
    const unrun = report.unrun.filter((u2) => !ledger.skipped.has(u2.index));
    const status = report.refused.length ? "failed" : "done";
    const skippedNote = ledger.skipped.size ? `; ${ledger.skipped.size} already applied and skipped` : "";
    const ledgerNote = ledger.problem ? ` Warning: ${ledger.problem}.` : "";
    const nothingToDo = !report.ran.length && !unrun.length && !report.refused.length && ledger.skipped.size > 0;
    const message = nothingToDo ? `Nothing to do: this plan was already applied (${ledger.skipped.size} statement${ledger.skipped.size === 1 ? "" : "s"} skipped; ${why}).${ledgerNote}` : `${report.ran.length} planned statement${report.ran.length === 1 ? "" : "s"} ran, ${unrun.length} did not, ${report.refused.length} refused${skippedNote} (${why}).${ledgerNote}`;
    const results = [
      ...report.ran.map((r2) => ({ index: r2.index, path: r2.path, status: "ok", transaction: null })),
      ...[...ledger.skipped].map(([index, note]) => ({ index, path: wire.statements.find((st) => st.index === index).path, status: "skipped", transaction: null, note })),
      ...unrun.map((u2) => ({ index: u2.index, path: u2.path, status: "not_run", transaction: null }))
    ].sort((a2, b2) => a2.index - b2.index);
    const record = { kind: "wire.end", data: { session: session.id, connection: session.connection, status, ran: report.ran.map((r2) => r2.index), unrun: unrun.map((u2) => u2.index), skipped: [...ledger.skipped.keys()], refused: report.refused.length, ledger: ledger.recorded, why, check_ms: checkMs } };
    const ended = await this.recordEnd(session, { status, results, message }, record);
    const body = { session_id: session.id, status, message: ended.message, results, refused: report.refused, unrun, identity: session.identity, check_ms: checkMs, audit_seq: ended.auditSeq, audit_hash: ended.auditHash };
    this.endedWires.set(session.id, body);
    for (const id of this.endedWires.keys()) if (this.endedWires.size > MAX_ENDED_WIRES) this.endedWires.delete(id);
    return body;
  }
  // ---------------------------------------------------------------- GET /readyz
  /** Whether the store and every connection's database answer; each check says only ok or what kind of failure. */
  async readiness() {
    const checks = {};
    const probe = async (name, work) => {
      try {
        await withTimeout(work(), 5e3);
        checks[name] = "ok";
      } catch (error) {
        checks[name] = `unavailable (${error.code ?? "error"})`;
      }
    };
    await probe("store", () => this.deps.store.query("SELECT 1"));
    for (const [name, database] of this.deps.databases) {
      await probe(`connection ${name}`, async () => {
        const session = await database.session();
        try {
          await session.query("SELECT 1");
        } finally {
          await session.release();
        }
      });
    }
    if (this.draining) checks.gateway = "shutting down";
    return { ready: Object.values(checks).every((c2) => c2 === "ok"), checks };
  }
  // ---------------------------------------------------------------- revocation
  /**
   * Ends what this process runs for sessions an operator revoked (`session revoke`, on any replica): their wire
   * connections are closed, their exec runs interrupted (the open transaction rolls back). Called every few seconds.
   */
  async endRevoked() {
    const ids = [.../* @__PURE__ */ new Set([...this.wires.keys(), ...this.running.keys()])];
    const revoked = await this.sessions.revokedAmong(ids);
    for (const id of revoked) {
      const wire = this.wires.get(id);
      if (wire) await this.endWireSession(wire.session, "revoked by an operator");
      this.running.get(id)?.interrupt("an operator revoked the session while this plan ran");
    }
    return revoked;
  }
  // ---------------------------------------------------------------- shutdown
  /**
   * Starts no new plan; waits for running ones up to `graceSeconds`, then interrupts the rest (their open
   * transaction rolls back) and records in the audit trail what was interrupted.
   */
  async drain(graceSeconds) {
    this.draining = true;
    for (const wire of [...this.wires.values()]) await this.endWireSession(wire.session, "the gateway is shutting down");
    const all = () => Promise.allSettled([...this.running.values()].map((r2) => r2.done));
    const finished = await Promise.race([all().then(() => true), new Promise((r2) => setTimeout(() => r2(false), graceSeconds * 1e3).unref())]);
    const interrupted = finished ? [] : [...this.running.keys()];
    for (const plan of this.running.values()) plan.interrupt();
    await all();
    await Promise.allSettled([...this.background]);
    await this.deps.audit.append("gateway.shutdown", { grace_seconds: graceSeconds, interrupted }).catch(() => void 0);
    return { interrupted };
  }
};
function withTimeout(work, ms) {
  return Promise.race([work, new Promise((_2, fail) => setTimeout(() => fail(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })), ms).unref())]);
}
function shuttingDown(session, context3) {
  return answer("conflict", { session_id: session.id, status: "issued", message: "the gateway is shutting down and starts no new plan; run the apply step again (the session is unused)" }, context3);
}
function postgresTool(connection) {
  return connection.wire.tool;
}
function alreadyInUse(session) {
  return answer("conflict", { session_id: session.id, status: "conflict", message: "this session is already being used" }, contextOf(session.id, session.identity));
}
function sessionScope(scope) {
  const scopes = (scope ?? "exec").split(" ").filter(Boolean);
  if (scopes.length === 1 && (scopes[0] === "exec" || scopes[0] === "wire")) return scopes[0];
  throw new OAuthError("invalid_scope", "scope must be exec or wire (one of them)");
}
function verifyPlan(session, body, dialect) {
  const parsed = parseExecRequest(body, dialect);
  if (typeof parsed === "string") return { outcome: "invalid", reason: "invalid_request", message: parsed };
  if (parsed.planDigest !== session.plan_digest) return { outcome: "refused", reason: "plan_mismatch", message: `plan_digest ${parsed.planDigest} is not the plan this session was issued for (${session.plan_digest})` };
  const recomputed = planDigest(parsed.plan);
  if (recomputed !== session.plan_digest) {
    return { outcome: "refused", reason: "plan_mismatch", message: `digest mismatch: the statements sent hash to plan ${recomputed} (in dialect ${dialect}, this connection's), not the approved ${session.plan_digest}; only the exact approved plan can run` };
  }
  return parsed;
}
function identityOf(claims) {
  const identity = {};
  for (const claim of IDENTITY_CLAIMS) {
    if (claims[claim] === void 0 || claims[claim] === null) continue;
    const value = String(claims[claim]);
    if (/[\u0000-\u001f\u007f]/.test(value)) throw new OAuthError("invalid_grant", `claim ${claim} contains control characters`);
    identity[claim] = value.slice(0, 300);
  }
  return identity;
}
var accessMatchers = /* @__PURE__ */ new WeakMap();
function checkAccess(connection, identity, verdict) {
  for (const claim of ACCESS_CLAIMS) {
    const patterns = connection.access[claim];
    if (!patterns) continue;
    const value = identity[claim];
    if (value === void 0) throw new OAuthError("access_denied", `the token has no ${claim} claim, which connection ${connection.name} requires`);
    let matches = accessMatchers.get(patterns);
    if (!matches) accessMatchers.set(patterns, matches = (0, import_picomatch2.default)(patterns, { dot: true }));
    if (!matches(value)) throw new OAuthError("access_denied", `claim ${claim} ${JSON.stringify(value)} is not allowed for connection ${connection.name}`);
  }
  if (verdict === "approval") {
    if (!identity.environment) throw new OAuthError("access_denied", `the plan needs approval, but the token has no environment claim: run the apply job with environment ${connection.approvalEnvironment}`);
    if (identity.environment !== connection.approvalEnvironment) {
      throw new OAuthError("access_denied", `the plan needs approval, but the token's environment claim is ${JSON.stringify(identity.environment)}, not the approval environment ${JSON.stringify(connection.approvalEnvironment)}`);
    }
  }
}
function parseExecRequest(body, dialect = "postgres") {
  const b2 = body;
  if (!b2 || typeof b2 !== "object") return "the body must be a JSON object";
  if (typeof b2.plan_digest !== "string") return "plan_digest is required";
  if (!Array.isArray(b2.statements) || b2.statements.length === 0) return "statements must be a non-empty list";
  if (b2.statements.length > MAX_STATEMENTS) return `at most ${MAX_STATEMENTS} statements per plan`;
  const statements = [];
  const files = [];
  for (const [index, raw] of b2.statements.entries()) {
    if (!raw || typeof raw.sql !== "string" || typeof raw.digest !== "string" || typeof raw.path !== "string") return `statement ${index + 1} needs path, sql and digest`;
    if (Buffer.byteLength(raw.sql) > MAX_SQL_BYTES) return `statement ${index + 1} is larger than 1 MiB`;
    if (statementDigest(raw.sql) !== raw.digest) return `digest mismatch: statement ${index + 1} (${raw.path}) does not hash to the digest sent with it`;
    if (raw.sql.trimStart().startsWith("\\")) return `statement ${index + 1} is a psql meta-command, which the gateway cannot run`;
    const last = files[files.length - 1];
    if (last?.path === raw.path) last.statements.push(raw.digest);
    else if (files.some((f3) => f3.path === raw.path)) return `statements of ${raw.path} must be contiguous, in plan order`;
    else files.push({ path: raw.path, statements: [raw.digest] });
    statements.push({ index, path: raw.path, sql: raw.sql, digest: raw.digest, ...typeof raw.line === "number" ? { line: raw.line } : {} });
  }
  const exemptions = Array.isArray(b2.exemptions) ? b2.exemptions : [];
  const effects = approvedEffectsOf(b2.effects, files);
  if (typeof effects === "string") return effects;
  return { planDigest: b2.plan_digest, statements, plan: { version: 1, dialect, files, exemptions, effects } };
}
function approvedEffectsOf(raw, files) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw) || raw.length > MAX_STATEMENTS) return `effects must be a list of at most ${MAX_STATEMENTS} [path, statement, effect] entries`;
  const counts = new Map(files.map((f3) => [f3.path, f3.statements.length]));
  for (const [n2, entry] of raw.entries()) {
    const [path, index, key] = Array.isArray(entry) ? entry : [];
    const valid = Array.isArray(entry) && entry.length === 3 && typeof path === "string" && Number.isSafeInteger(index) && index >= 0 && index < (counts.get(path) ?? 0) && typeof key === "string" && key.length <= 1e3;
    if (!valid) return `effect ${n2 + 1} must be [path, statement index in that file, effect] for a statement of the plan`;
  }
  return raw;
}
function sessionView(row, forReviewer) {
  return {
    session_id: row.id,
    connection: row.connection,
    status: row.status,
    verdict: row.verdict,
    plan_digest: row.plan_digest,
    identity: row.identity,
    review: row.review,
    message: row.message,
    results: row.results ?? [],
    expires_at: new Date(row.expires_at).toISOString(),
    ...forReviewer && row.request ? { statements: row.request.statements.map((s2) => ({ path: s2.path, sql: s2.sql, digest: s2.digest })) } : {}
  };
}

// src/gateway/server/oauth-error.ts
var STATUS2 = {
  invalid_request: 400,
  invalid_grant: 400,
  invalid_target: 400,
  invalid_scope: 400,
  unsupported_grant_type: 400,
  access_denied: 403,
  invalid_token: 401,
  server_error: 500
};
function oauthStatus(error) {
  return STATUS2[error.error];
}

// src/gateway/server/http.ts
var STATUS3 = {
  done: 200,
  review_pending: 202,
  invalid: 400,
  refused: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503
};
function toHttp(outcome) {
  const context3 = outcome.context ? { context: outcome.context } : {};
  if (outcome.outcome === "oauth_error") return { status: oauthStatus(outcome.error), body: outcome.error.body(), ...context3 };
  return { status: STATUS3[outcome.outcome], body: outcome.body, ...context3 };
}
var MAX_BODY_BYTES = 16 * 1024 * 1024;
function gatewayHandler(gateway, keys, metrics, log) {
  return (req, res) => {
    const started = performance.now();
    void route(gateway, keys, metrics, req).catch((error) => {
      log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "error", msg: "internal error", method: req.method, route: routeOf(pathOf(req)), error: error.message.slice(0, 300) });
      if (error.status === 413) return { status: 413, body: { error: "invalid_request", error_description: `the request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB` } };
      return { status: 500, body: { error: "server_error", error_description: "internal gateway error; nothing was executed for this request" } };
    }).then((outcome) => {
      send(res, outcome);
      const seconds = (performance.now() - started) / 1e3;
      const route2 = routeOf(pathOf(req));
      metrics.requests.observe({ route: route2, status: String(outcome.status) }, seconds);
      if (route2 === "/healthz" || route2 === "/readyz" || route2 === "/metrics") return;
      const body = outcome.body;
      const why = outcome.status >= 400 ? body?.error_description ?? body?.message : void 0;
      log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: outcome.status >= 500 ? "error" : outcome.status >= 400 ? "warn" : "info", msg: "request", method: req.method, route: route2, status: outcome.status, latency_ms: Math.round(seconds * 1e3), ...outcome.context, ...typeof why === "string" ? { reason: why.slice(0, 300) } : {} });
    });
  };
}
var EXEC_PATH = /^\/v1\/connections\/([^/]+)\/exec$/;
var WIRE_PATH = /^\/v1\/connections\/([^/]+)\/wire$/;
var WIRE_END_PATH = /^\/v1\/connections\/([^/]+)\/wire\/end$/;
var REVIEW_PATH = /^\/v1\/sessions\/([^/]+)\/review$/;
var SESSION_PATH = /^\/v1\/sessions\/([^/]+)$/;
function routeOf(path) {
  if (EXEC_PATH.test(path)) return "/v1/connections/{name}/exec";
  if (WIRE_PATH.test(path)) return "/v1/connections/{name}/wire";
  if (WIRE_END_PATH.test(path)) return "/v1/connections/{name}/wire/end";
  if (REVIEW_PATH.test(path)) return "/v1/sessions/{id}/review";
  if (SESSION_PATH.test(path)) return "/v1/sessions/{id}";
  return ["/healthz", "/readyz", "/metrics", "/.well-known/jwks.json", "/.well-known/migration-guard-audit-keys", "/v1/token"].includes(path) ? path : "other";
}
function pathOf(req) {
  return (req.url ?? "/").split("?")[0];
}
async function route(gateway, keys, metrics, req) {
  const path = pathOf(req);
  const method = req.method ?? "GET";
  if (method === "GET" && path === "/healthz") return { status: 200, body: { status: "ok" } };
  if (method === "GET" && path === "/readyz") {
    const { ready, checks } = await gateway.readiness();
    return { status: ready ? 200 : 503, body: { status: ready ? "ready" : "not_ready", checks } };
  }
  if (method === "GET" && path === "/metrics") return { status: 200, body: {}, text: { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() } };
  if (method === "GET" && path === "/.well-known/jwks.json") return { status: 200, body: keys.jwks };
  if (method === "GET" && path === "/.well-known/migration-guard-audit-keys") return { status: 200, body: { keys: gateway.auditPublicKeys } };
  if (method === "POST" && path === "/v1/token") {
    if (!(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return { status: 400, body: { error: "invalid_request", error_description: "the token endpoint takes application/x-www-form-urlencoded (RFC 8693)" } };
    }
    return toHttp(await gateway.exchange(new URLSearchParams(await readBody(req))));
  }
  let m3 = EXEC_PATH.exec(path);
  if (m3 && method === "POST") {
    const body = await readJson(req);
    if (body === void 0) return { status: 400, body: { error: "invalid_request", error_description: "the body must be JSON" } };
    return toHttp(await gateway.exec(req.headers.authorization, decodeURIComponent(m3[1]), body));
  }
  m3 = WIRE_PATH.exec(path);
  if (m3 && method === "POST") {
    const body = await readJson(req);
    if (body === void 0) return { status: 400, body: { error: "invalid_request", error_description: "the body must be JSON" } };
    return toHttp(await gateway.openWire(req.headers.authorization, decodeURIComponent(m3[1]), body));
  }
  m3 = WIRE_END_PATH.exec(path);
  if (m3 && method === "POST") return toHttp(await gateway.endWire(req.headers.authorization, decodeURIComponent(m3[1])));
  m3 = SESSION_PATH.exec(path);
  if (m3 && method === "GET") return toHttp(await gateway.session(req.headers.authorization, decodeURIComponent(m3[1])));
  m3 = REVIEW_PATH.exec(path);
  if (m3 && method === "POST") return toHttp(await gateway.review(req.headers.authorization, decodeURIComponent(m3[1]), await readJson(req) ?? {}));
  return { status: 404, body: { error: "not_found", error_description: `no route for ${method} ${path}` } };
}
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error("request body too large"), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readJson(req) {
  const text = await readBody(req);
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function send(res, outcome) {
  const body = outcome.text?.body ?? JSON.stringify(outcome.body);
  const contentType = outcome.text?.contentType ?? "application/json; charset=utf-8";
  res.writeHead(outcome.status, { "content-type": contentType, "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

// src/gateway/server/metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);
var GatewayMetrics = class {
  registry = new import_prom_client.Registry();
  exchanges = new import_prom_client.Counter({ name: "mg_token_exchanges_total", help: "Token exchanges by outcome", labelNames: ["outcome"], registers: [this.registry] });
  statements = new import_prom_client.Counter({ name: "mg_statements_total", help: "Planned statements by outcome (ok, failed, rolled_back, not_run, skipped)", labelNames: ["outcome"], registers: [this.registry] });
  refusals = new import_prom_client.Counter({ name: "mg_refusals_total", help: "Refused requests by reason", labelNames: ["reason"], registers: [this.registry] });
  reviewWait = new import_prom_client.Histogram({
    name: "mg_review_wait_seconds",
    help: "Time from a review request to the reviewer decision",
    buckets: [10, 60, 300, 900, 1800, 3600],
    registers: [this.registry]
  });
  auditAppend = new import_prom_client.Histogram({
    name: "mg_audit_append_seconds",
    help: "Latency of appending records to the audit chain",
    buckets: [1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry]
  });
  requests = new import_prom_client.Histogram({
    name: "mg_http_request_seconds",
    help: "HTTP requests by route and status",
    labelNames: ["route", "status"],
    buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 30],
    registers: [this.registry]
  });
  constructor() {
    (0, import_prom_client.collectDefaultMetrics)({ register: this.registry, prefix: "mg_process_" });
  }
};

// src/gateway/server/subject-token.ts
import { readFileSync as readFileSync4 } from "node:fs";
var ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
var CLOCK_TOLERANCE_SECONDS = 30;
var SubjectTokenVerifier = class {
  constructor(issuers, now = () => /* @__PURE__ */ new Date()) {
    this.issuers = issuers;
    this.now = now;
    for (const issuer of issuers) {
      const keySet = issuer.jwksUrl ? createRemoteJWKSet(new URL(issuer.jwksUrl), { cooldownDuration: 3e4, cacheMaxAge: 6e5, timeoutDuration: 5e3 }) : createLocalJWKSet(JSON.parse(readFileSync4(issuer.jwksFile, "utf8")));
      this.keySets.set(issuer.issuer, keySet);
    }
  }
  issuers;
  now;
  keySets = /* @__PURE__ */ new Map();
  async verify(token) {
    let unverified;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new OAuthError("invalid_grant", "subject_token is not a well-formed JWT");
    }
    const issuer = this.issuers.find((i) => i.issuer === unverified.iss);
    if (!issuer) throw new OAuthError("invalid_grant", `subject_token issuer (iss) ${JSON.stringify(String(unverified.iss ?? "")).slice(0, 200)} is not trusted by this gateway`);
    try {
      const { payload } = await jwtVerify(token, this.keySets.get(issuer.issuer), {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: ASYMMETRIC_ALGORITHMS,
        maxTokenAge: `${issuer.maxTokenAge}s`,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: this.now(),
        requiredClaims: ["exp", "iat", "jti", "sub"]
      });
      return { claims: payload, issuer };
    } catch (error) {
      throw describeJoseError(error);
    }
  }
};
function describeJoseError(error) {
  if (error instanceof OAuthError) return error;
  if (error instanceof errors_exports.JWTExpired) {
    return new OAuthError("invalid_grant", error.claim === "iat" ? "subject_token issued-at (iat) check failed: it is older than the issuer's max-token-age" : "subject_token has expired (exp)");
  }
  if (error instanceof errors_exports.JWTClaimValidationFailed) {
    const claim = error.claim;
    const detail = claim === "aud" ? "audience (aud) does not match this gateway" : claim === "iat" ? `issued-at (iat) check failed: ${error.message}` : `claim ${claim} check failed: ${error.message}`;
    return new OAuthError("invalid_grant", `subject_token ${detail}`);
  }
  if (error instanceof errors_exports.JOSEAlgNotAllowed) return new OAuthError("invalid_grant", "subject_token signing algorithm is not allowed (asymmetric algorithms only; none and HMAC are refused)");
  if (error instanceof errors_exports.JWSSignatureVerificationFailed) return new OAuthError("invalid_grant", "subject_token signature verification failed");
  if (error instanceof errors_exports.JWKSNoMatchingKey) return new OAuthError("invalid_grant", "subject_token is signed with a key (kid) that is not in the issuer's JWKS");
  if (error instanceof errors_exports.JWKSTimeout || error instanceof errors_exports.JOSEError && error.code === "ERR_JWKS_INVALID") return new OAuthError("server_error", "the issuer's JWKS could not be fetched");
  if (error instanceof errors_exports.JOSEError) return new OAuthError("invalid_grant", `subject_token is invalid (${error.code})`);
  return new OAuthError("server_error", `token verification failed: ${error.message}`);
}

// src/gateway/server/wire/listener.ts
import { randomInt } from "node:crypto";

// src/gateway/server/wire/client-listener.ts
import { createServer } from "node:net";
async function listenForClients(options) {
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((socket) => {
    socket.on("error", () => void 0);
    if (sockets.size >= options.maxConnections) {
      options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "warn", msg: "wire connection refused: too many connections", connection: options.connection, limit: options.maxConnections });
      socket.destroy();
      return;
    }
    if (!options.tls && !isLoopback(socket.remoteAddress?.replace(/^::ffff:/, "") ?? "")) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setNoDelay(true);
    void options.accept(socket).catch((error) => {
      options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), connection: options.connection, ...options.refused(socket, error) });
      socket.destroy();
    });
  });
  await new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host, ready);
  });
  return {
    port: server.address().port,
    async close() {
      options.closing();
      const closed = new Promise((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    }
  };
}

// node_modules/pg-gateway/dist/platforms/node/index.js
import { Duplex as g } from "stream";
import { X509Certificate as S } from "crypto";
import { once as d2 } from "events";
import { Duplex as p2 } from "stream";
import { TLSSocket as C, createSecureContext as T2 } from "tls";
async function m2(t2) {
  let e2 = new S(Buffer.from(t2.certificate)), r2 = Object.fromEntries(e2.subject.split(/, ?/).map((o) => o.split("=")));
  return "CN" in r2 && r2.CN === t2.username;
}
async function l2(t2, e2, r2 = false) {
  let o = {}, i = await f2(e2, r2), n2 = new C(p2.fromWeb(t2), { ...i, isServer: true, SNICallback: async (a2, u2) => {
    o.serverName = a2;
    let y2 = await f2(e2, r2, a2);
    u2(null, T2(y2));
  } });
  await d2(n2, "secure"), x2(n2);
  let s2 = n2.getPeerCertificate();
  return s2 && "raw" in s2 && (o.clientCertificate = new Uint8Array(s2.raw)), { duplex: p2.toWeb(n2), tlsInfo: o };
}
async function f2(t2, e2, r2) {
  let { key: o, cert: i, ca: n2, passphrase: s2 } = typeof t2 == "function" ? await t2(r2) : t2;
  return { key: Buffer.from(o), cert: Buffer.from(i), ca: n2 ? Buffer.from(n2) : void 0, passphrase: s2, requestCert: e2 };
}
function x2(t2) {
  if (t2._requestCert) {
    let e2 = t2._handle.verifyError();
    e2 ? t2.authorizationError = e2.code : t2.authorized = true;
  }
}
async function A(t2, e2) {
  return O2(g.toWeb(t2), e2);
}
async function O2(t2, e2) {
  let r2 = { ...e2 };
  r2?.auth?.method === "cert" && (r2.auth.validateCredentials = m2);
  let o = { upgradeTls: l2 };
  return new BA(t2, e2, o);
}

// src/gateway/server/wire/relay.ts
import { createHash as createHash4 } from "node:crypto";

// src/gateway/server/wire/row-masking.ts
var RowMasking = class {
  constructor(masking) {
    this.masking = masking;
  }
  masking;
  simple = /* @__PURE__ */ new Map();
  statements = /* @__PURE__ */ new Map();
  portals = /* @__PURE__ */ new Map();
  /** Describe messages sent and not yet answered, in order. */
  describing = [];
  /** Portals executed and not yet complete, in order. */
  executing = [];
  get active() {
    return this.masking.active;
  }
  // What the client sends.
  parsed(statement) {
    this.statements.delete(statement);
  }
  bound(portal) {
    this.portals.delete(portal);
  }
  describe(kind, name) {
    this.describing.push({ kind, name });
  }
  execute(portal) {
    this.executing.push(portal);
  }
  // What the database answers.
  /** A RowDescription (or NoData): of the statement or portal a Describe asked about, else of the simple query. */
  described(message) {
    const mask = /* @__PURE__ */ new Map();
    if (message[0] === BACKEND.RowDescription) {
      const decoded = decodeBackend(message);
      for (const [index, field] of (decoded?.fields ?? []).entries()) {
        const replacement = this.masking.replacementFor(field);
        if (replacement !== void 0) mask.set(index, { replacement, binary: field.format === "binary" });
      }
    }
    const asked = this.describing.shift();
    if (!asked) this.simple = mask;
    else if (asked.kind === "S") this.statements.set(asked.name, mask);
    else this.portals.set(asked.name, mask);
  }
  /** A DataRow as the client may see it. `statementOf` names the prepared statement a portal was bound to. */
  row(message, statementOf) {
    const portal = this.executing[0];
    if (portal === void 0) return this.simple.size ? maskDataRow(message, (column) => this.simple.get(column)) : message;
    const mask = this.portals.get(portal) ?? this.statements.get(statementOf(portal) ?? "\0");
    if (!mask) return maskDataRow(message, () => ({ replacement: "", binary: true }));
    return mask.size ? maskDataRow(message, (column) => mask.get(column)) : message;
  }
  /** An Execute ended (CommandComplete, PortalSuspended, EmptyQueryResponse). */
  completed() {
    this.executing.shift();
  }
  /** ReadyForQuery: whatever was pending was answered or skipped after an error. */
  reset() {
    this.describing = [];
    this.executing = [];
  }
};

// src/gateway/server/wire/relay.ts
import { randomBytes as randomBytes4 } from "node:crypto";

// src/gateway/server/wire/internal-query.ts
import { randomBytes as randomBytes3 } from "node:crypto";
var InternalQuery = class {
  fields = [];
  rows = [];
  results = [];
  error;
  settle;
  answer = new Promise((resolve2, reject) => this.settle = { resolve: resolve2, reject });
  /** Per statement: Parse, Bind, Describe, Execute and Close of a named statement and portal; then one Sync. */
  static messages(sqls) {
    return Buffer.concat([
      ...sqls.flatMap((sql) => {
        const name = `mg_${randomBytes3(12).toString("hex")}`;
        return [serialize2.parse({ name, text: sql }), serialize2.bind({ portal: name, statement: name }), serialize2.describe({ type: "P", name }), serialize2.execute({ portal: name }), serialize2.close({ type: "P", name }), serialize2.close({ type: "S", name })];
      }),
      serialize2.sync()
    ]);
  }
  /** One backend message; true once the round trip is over (its ReadyForQuery). */
  take(message) {
    switch (message[0]) {
      case BACKEND.RowDescription:
        this.fields = (decodeBackend(message)?.fields ?? []).map((f3) => f3.name);
        break;
      case BACKEND.DataRow: {
        const values = decodeBackend(message)?.fields ?? [];
        this.rows.push(Object.fromEntries(this.fields.map((name, i) => [name, values[i] ?? null])));
        break;
      }
      case BACKEND.CommandComplete:
        this.results.push(this.rows);
        this.rows = [];
        this.fields = [];
        break;
      case BACKEND.ErrorResponse: {
        const { message: text, code, routine } = decodeBackend(message) ?? {};
        this.error ??= { message: text ?? "error", code, routine };
        break;
      }
      case BACKEND.ReadyForQuery: {
        const status = String.fromCharCode(message[5] ?? 0);
        if (this.error) this.settle.reject(Object.assign(new Error(this.error.message), { status, code: this.error.code, routine: this.error.routine }));
        else this.settle.resolve({ results: this.results, status });
        return true;
      }
    }
    return false;
  }
  /** The connection closed before the answer. */
  abandon() {
    this.settle.reject(new Error("the connection to the database was lost"));
  }
};

// src/gateway/server/wire/relay.ts
var MAX_AUDITED_SQL = 4e3;
var WireRelay = class {
  constructor(client, backend, context3) {
    this.client = client;
    this.backend = backend;
    this.context = context3;
    this.masking = new RowMasking(context3.masking);
  }
  client;
  backend;
  context;
  fromBackend = new Framer();
  /** Completions of a substituted refusal (ParseComplete, BindComplete) the client must not see. */
  dropCompletions = 0;
  /** After a refused extended-protocol message, the client's messages up to its Sync are not sent on. */
  skipUntilSync = false;
  /**
   * Prepared statements as the database holds them, by name: what each Execute of them claims and does to its
   * transaction. A name the relay did not see parsed is refused at Bind (a statement PREPAREd in SQL).
   */
  statements = /* @__PURE__ */ new Map();
  /** Portals by name: the prepared statement each was bound to. */
  portals = /* @__PURE__ */ new Map();
  /** The namespace changes (Parse, Bind, Close) of the round trip being sent, and of those sent and not yet answered. */
  changes = [];
  unanswered = [];
  /** Round trips (a Query, or a Sync) sent and answered: a name changed in an unanswered earlier one is waited on. */
  roundTripsSent = 0;
  roundTripsAnswered = 0;
  /** Per statement (`S…`) or portal (`P…`) name: the round trip of its last change not yet confirmed by the database. */
  unconfirmed = /* @__PURE__ */ new Map();
  answeredWaiters = [];
  /** ParseComplete, BindComplete and CloseComplete of the round trip being answered: how far its changes took effect. */
  confirmations = { parse: 0, bind: 0, close: 0 };
  masking;
  lastTag = "";
  errorSinceTag = false;
  answers = [];
  /** Statements sent since the last ReadyForQuery and not yet in the audit trail. */
  sent = [];
  /** What the transactions checked since then did, measured before their COMMIT. */
  measured = [];
  closed = false;
  /** A search_path set in the open transaction: it counts once the transaction commits. */
  pendingSearchPath;
  searchPath;
  /** COPY … FROM STDIN statements sent and not yet started, in order: the approved rows' digest when planned inline. */
  copies = [];
  /** The COPY … FROM STDIN running now, when its rows must match the plan's. */
  copying;
  /** One entry per message the database answers with a ReadyForQuery (a Query, a Sync): the statements it sent. */
  roundTrips = [];
  /** The statements of the Query being let through. */
  nextQuery;
  /** The Executes sent since the last Sync. */
  executes = [];
  /** The answers of the round trip under way that complete a statement, in order, up to an error. */
  completed = [];
  failedInRoundTrip = false;
  /** The marks of refusals sent and not yet answered: an error carrying one is the gateway's, not the client's text. */
  refusalMarks = /* @__PURE__ */ new Map();
  /** Messages of errors the gateway caused with its own text (a CopyFail), by the round trip they answer. */
  ownErrors = /* @__PURE__ */ new Map();
  /** Set while the client holds a transaction open and sends nothing: it ends the connection. */
  idleTimer;
  /** The transaction status the database last reported. */
  status = "I";
  /** The check before COMMIT, opened on first use (its probe runs on this connection). */
  watch;
  /** The state before the open transaction began, and the statements sent in it since. */
  mark;
  transactionSql = [];
  /**
   * The relay ends the transaction of the round trip `roundTrip` itself: `wrap`, one it opened around statements sent
   * outside a transaction (checked, then committed or rolled back); `after`, a statement that runs outside any
   * transaction (checked once it ran).
   */
  holding;
  /** The relay's own query running now: the database's answers go to it. */
  internal;
  /** While set, the client's next messages wait: the relay is ending a transaction it holds. */
  gate;
  /** Messages decided and not sent: sent up to `boundary`, the end of the last complete round trip (or Flush). */
  outgoing = [];
  boundary = 0;
  /** Part of the round trip under way was sent (a Flush): nothing of the relay's own can run before it any more. */
  unsynced = false;
  /** An Execute of BEGIN is in the round trip under way (not sent yet): the transaction it opens is the client's. */
  roundTripBegins = false;
  /** ReadyForQuery messages that end a segment of the client's Query, not the Query: not shown to the client. */
  suppressReady = 0;
  /** Whether the round trip answered last had an error. */
  lastRoundTripFailed = false;
  /** Warnings the relay's own BEGIN causes (the client's BEGIN after it: 25001), dropped once each. */
  dropWarnings = [];
  /** Tells the client what the database announced and the gateway's cancel key, then relays. */
  start(cancelKey2) {
    for (const [name, value] of this.backend.parameters) this.client.write(parameterStatus(name, value));
    this.client.write(backendKeyData(cancelKey2.processId, cancelKey2.secret));
    this.client.write(readyForQuery("I"));
    this.backend.onData((bytes) => this.fromDatabase(bytes));
    this.backend.onClose(() => this.terminate("08006", "migration-guard: the connection to the database was lost; what was not committed is rolled back"));
  }
  /** The time the check before COMMIT took on this connection so far, in milliseconds. */
  get checkMs() {
    return this.watch?.elapsedMs ?? 0;
  }
  /** Ends the connection with a FATAL error the client prints (session expired, gateway shutting down). */
  terminate(code, message, hint) {
    if (this.closed) return;
    this.client.write(fatal(code, message, hint));
    this.close();
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const waiter of this.answeredWaiters.splice(0)) waiter.done();
    this.internal?.abandon();
    this.gate?.open();
    this.context.plan.settle(this.context.id, false);
    this.backend.close();
    this.client.close();
  }
  get isClosed() {
    return this.closed;
  }
  cancel() {
    return this.backend.cancel();
  }
  // ------------------------------------------------------------------ client → database
  /**
   * The frontend messages of one chunk from the client, decided in order; what goes on to the database leaves in
   * one write (a pipelined Parse/Bind/Execute/Sync is one packet, as the client sent it).
   */
  async fromClientChunk(messages) {
    clearTimeout(this.idleTimer);
    try {
      for (const message of messages) await this.fromClient(message);
    } finally {
      this.flush();
    }
  }
  /**
   * Sends what was decided, up to the end of the last complete round trip: the database answers nothing before a
   * Sync or Flush, so a round trip's first messages may wait for the rest (the relay may need to run its own
   * queries before them).
   */
  flush() {
    const out = this.outgoing.splice(0, this.boundary);
    this.boundary = 0;
    if (out.length && !this.closed) this.backend.send(out.length === 1 ? out[0] : Buffer.concat(out));
  }
  /** `sendNow`: the client waits for an answer to it (an Execute of COPY … FROM STDIN waits for CopyInResponse). */
  toDatabase(bytes, sendNow = false) {
    const type = bytes[0];
    const ends = type === FRONTEND.Query || type === FRONTEND.Sync;
    if (ends) {
      this.roundTripBegins = false;
      this.roundTrips.push([...this.executes, ...type === FRONTEND.Query ? this.nextQuery ?? [] : []]);
      this.executes = [];
      this.unanswered.push(this.changes);
      this.changes = [];
      this.roundTripsSent++;
    }
    this.nextQuery = void 0;
    this.outgoing.push(bytes);
    const copy = type === FRONTEND.CopyData || type === FRONTEND.CopyDone || type === FRONTEND.CopyFail;
    if (ends || copy || sendNow || type === FRONTEND.Flush) {
      this.boundary = this.outgoing.length;
      if (!copy) this.unsynced = !ends;
    }
    if (ends && this.holding?.roundTrip === this.roundTripsSent && !this.gate) {
      this.flush();
      let open;
      const promise = new Promise((done) => open = done);
      this.gate = { promise, open };
    }
  }
  /** One framed frontend message; the caller awaits it before passing the next, so decisions keep their order. */
  async fromClient(message) {
    const type = message[0];
    const copying = type === FRONTEND.CopyData || type === FRONTEND.CopyDone || type === FRONTEND.CopyFail;
    if (this.gate && !copying) this.flush();
    while (this.gate && !copying && !this.closed) await this.gate.promise;
    if (this.closed) return;
    if (this.skipUntilSync) {
      if (type === FRONTEND.Sync) {
        this.skipUntilSync = false;
        this.toDatabase(message);
      }
      return;
    }
    switch (type) {
      case FRONTEND.Query: {
        const sql = new FieldReader(message).cstring();
        const decision = await this.decide(sql, "simple");
        if (!decision.ok) return;
        const segments = decision.parts && decision.parts.length > 1 && decision.parts.some((p3) => p3.ends) ? segmentsOf(decision.parts) : void 0;
        if (segments) return this.runSegments(segments);
        if (decision.info && !await this.beforeRunning(decision.info, "simple")) {
          this.context.plan.unclaim(decision.claimed ?? []);
          return;
        }
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Parse: {
        const reader = new FieldReader(message);
        const name = reader.cstring();
        await this.settled(`S${name}`);
        const decision = await this.decide(reader.cstring(), "extended");
        if (!decision.ok) return;
        this.change("parse", `S${name}`, this.statements, name, { planned: decision.prepared, ...decision.transaction ? { transaction: decision.transaction } : {}, ...decision.info ? { info: decision.info } : {} });
        this.masking.parsed(name);
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Bind: {
        const reader = new FieldReader(message);
        const portal = reader.cstring();
        const statement = reader.cstring();
        await this.settled(`P${portal}`, `S${statement}`);
        if (!this.statements.has(statement)) {
          await this.refuse("unknown-statement", `prepared statement ${JSON.stringify(statement.slice(0, 60))} was not prepared through this connection's protocol messages, so what it runs cannot be checked`, `(Bind of ${statement.slice(0, 60) || "the unnamed statement"})`, "extended");
          return;
        }
        this.change("bind", `P${portal}`, this.portals, portal, statement);
        this.masking.bound(portal);
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Execute: {
        const portal = new FieldReader(message).cstring();
        await this.settled(`P${portal}`);
        const prepared = this.statements.get(this.portals.get(portal) ?? "\0");
        const claimed = [];
        for (const statement of prepared?.planned ?? []) {
          const planned = this.context.plan.claim(statement.key, this.context.id);
          if (/^\s*copy\b/i.test(statement.sql)) this.expectCopy(planned);
          if (planned) claimed.push(planned);
          else if (!statement.readable) {
            this.context.plan.unclaim(claimed);
            await this.refuse("already-ran", "this statement of the plan has already run in this session; each planned statement runs once", statement.sql, "extended");
            return;
          }
        }
        if (prepared?.info && !await this.beforeRunning({ ...prepared.info, writes: prepared.info.writes || claimed.length > 0 }, "extended")) {
          this.context.plan.unclaim(claimed);
          return;
        }
        this.sent.push(...claimed.map((c2) => ({ class: "planned", index: c2.index, path: c2.path, digest: c2.digest })));
        this.executes.push({ ...prepared?.transaction, at: this.context.plan.position });
        if (this.masking.active) this.masking.execute(portal);
        this.toDatabase(message, prepared?.planned.some((p3) => /^\s*copy\b/i.test(p3.sql)) || /^\s*copy\b/i.test(prepared?.info?.sqls[0] ?? ""));
        return;
      }
      case FRONTEND.Close: {
        const name = new FieldReader(message, 6).cstring();
        const statement = message[5] === 83;
        await this.settled(`${statement ? "S" : "P"}${name}`);
        if (statement) this.change("close", `S${name}`, this.statements, name, void 0);
        else this.change("close", `P${name}`, this.portals, name, void 0);
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Describe:
        if (this.masking.active) this.masking.describe(message[5] === 83 ? "S" : "P", new FieldReader(message, 6).cstring());
        this.toDatabase(message);
        return;
      case FRONTEND.FunctionCall:
        await this.refuse("function-call", "the fast-path function call interface calls a function by its OID, which the gateway cannot check", "(FunctionCall message)", "simple");
        return;
      case FRONTEND.Terminate:
        this.close();
        return;
      case FRONTEND.CopyData:
        this.copying?.hash.update(message.subarray(5));
        this.toDatabase(message);
        return;
      case FRONTEND.CopyDone:
        if (this.copying && !this.copying.expected.includes(this.copying.hash.digest("hex"))) {
          const reason = "the rows sent differ from the rows approved in the plan";
          await this.recordRefusal("copy-data-changed", reason, this.copying.statement);
          this.copying = void 0;
          const text = `migration-guard refused [copy-data-changed]: ${reason}; nothing of this COPY is kept`;
          this.ownErrors.set(`COPY from stdin failed: ${text}`, this.roundTripsSent + 1);
          this.toDatabase(serialize2.copyFail(text));
          return;
        }
        this.copying = void 0;
        this.toDatabase(message);
        return;
      case FRONTEND.CopyFail:
        this.copying = void 0;
        this.toDatabase(message);
        return;
      case FRONTEND.Sync:
      case FRONTEND.Flush:
        this.toDatabase(message);
        return;
      default:
        this.terminate("08P01", `migration-guard: unexpected protocol message ${JSON.stringify(String.fromCharCode(type ?? 0))}`);
    }
  }
  /**
   * Changes a statement or portal name as the message just sent will, if the database makes the change: it is
   * undone when the round trip's answers show the message did not take effect (an error in it, or before it).
   */
  change(kind, key, map, name, value) {
    const had = map.has(name);
    const before = map.get(name);
    if (value === void 0) map.delete(name);
    else map.set(name, value);
    const roundTrip = this.roundTripsSent + 1;
    this.unconfirmed.set(key, roundTrip);
    this.changes.push({ kind, key, roundTrip, undo: () => void (had ? map.set(name, before) : map.delete(name)) });
  }
  /**
   * Waits until the database has answered the earlier round trips that changed these names: until then the relay
   * cannot know whether they took effect (a later round trip runs even when an earlier one failed).
   */
  async settled(...keys) {
    const waitFor = Math.max(0, ...keys.map((key) => this.unconfirmed.get(key) ?? 0));
    if (waitFor === 0 || waitFor > this.roundTripsSent || waitFor <= this.roundTripsAnswered || this.closed) return;
    this.flush();
    await this.answered(waitFor);
  }
  /** Until the database has answered round trip `roundTrip` (or the connection is gone). */
  async answered(roundTrip) {
    while (this.roundTripsAnswered < roundTrip && !this.closed) await new Promise((done) => this.answeredWaiters.push({ roundTrip, done }));
  }
  /**
   * A round trip was answered: its Parses, Binds and Closes took effect in order up to the first one the database
   * did not confirm (after an error it skips everything up to the Sync); that one and the rest are undone.
   */
  confirmNameChanges() {
    const changes = this.unanswered.shift() ?? [];
    const seen = { parse: 0, bind: 0, close: 0 };
    let failedAt = changes.length;
    for (const [i, change] of changes.entries()) {
      if (++seen[change.kind] > this.confirmations[change.kind]) {
        failedAt = i;
        break;
      }
    }
    for (const change of changes.slice(failedAt).reverse()) change.undo();
    this.confirmations = { parse: 0, bind: 0, close: 0 };
    this.roundTripsAnswered++;
    for (const change of changes) if (this.unconfirmed.get(change.key) === change.roundTrip) this.unconfirmed.delete(change.key);
    for (let i = this.answeredWaiters.length - 1; i >= 0; i--) {
      if (this.answeredWaiters[i].roundTrip <= this.roundTripsAnswered) this.answeredWaiters.splice(i, 1)[0].done();
    }
  }
  async decide(sql, protocol2) {
    let statements;
    try {
      statements = parseStatements(sql);
    } catch (error) {
      await this.refuse("unparseable", `the gateway's PostgreSQL parser cannot read it (${error.message})`, sql, protocol2);
      return { ok: false, prepared: [] };
    }
    const claimed = [];
    const prepared = [];
    const classified = [];
    const query = [];
    const info = { writes: false, begins: false, commits: false, own: false, sqls: statements.map((st) => st.sql) };
    const parts = [];
    for (const statement of statements) {
      const kind = statement.type === "TransactionStmt" ? String(statement.node.kind) : "";
      const part = {
        info: { writes: false, begins: kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START", commits: kind === "TRANS_STMT_COMMIT", own: !kind && transactionRole(statement.sql) === "own", sqls: [statement.sql] },
        ends: ENDS.includes(kind),
        sent: { at: 0 }
      };
      parts.push(part);
      info.begins ||= part.info.begins;
      info.commits ||= part.info.commits;
      info.own ||= part.info.own;
      if (changesSearchPath(statement)) {
        this.searchPath = void 0;
        this.pendingSearchPath = sessionSearchPath(statement) ?? [];
      }
      const rules = { ...this.context.rules, ...this.searchPath ? { searchPath: this.searchPath } : {} };
      if (protocol2 === "simple") {
        const planned = this.context.plan.claim(statement.key, this.context.id);
        if (statement.type === "CopyStmt" && statement.node.is_from) this.expectCopy(planned);
        part.sent = { ...transactionEffect(statement), at: this.context.plan.position };
        query.push(part.sent);
        if (planned) {
          info.writes = part.info.writes = true;
          claimed.push(planned);
          classified.push({ class: "planned", index: planned.index, path: planned.path, digest: planned.digest });
          continue;
        }
      }
      const verdict = unplanned(statement, rules);
      if (protocol2 === "extended" && this.context.plan.available(statement.key)) {
        info.writes = true;
        prepared.push({ key: statement.key, sql: statement.sql, readable: verdict.allowed });
        continue;
      }
      if (verdict.allowed) {
        if (verdict.kind === "history") info.writes = part.info.writes = true;
        classified.push({ class: verdict.kind, sql: statement.sql.slice(0, MAX_AUDITED_SQL) });
        continue;
      }
      this.context.plan.unclaim(claimed);
      const again = this.context.plan.consumed(statement.key);
      await this.refuse(
        again ? "already-ran" : "not-in-plan",
        again ? "this statement of the plan has already run in this session; each planned statement runs once" : `it is not a statement of the approved plan ${this.context.planDigest}, and ${verdict.why}`,
        statement.sql,
        protocol2
      );
      return { ok: false, prepared: [] };
    }
    if (classified.some((c2) => c2.class === "history")) await this.context.audit("wire.statement", { conn: this.context.id, protocol: protocol2, statements: classified });
    else this.sent.push(...classified);
    const checked = this.context.effects ? { info } : {};
    if (protocol2 === "extended") return { ok: true, prepared, transaction: statements.map(transactionEffect).find((effect) => effect.end || effect.savepoint), ...checked };
    this.nextQuery = query;
    return { ok: true, prepared, claimed, ...checked, ...this.context.effects ? { parts } : {} };
  }
  /**
   * A COPY … FROM STDIN is about to run: when the plan holds its rows inline, the rows the client sends must be
   * exactly those (checked at CopyDone). The database answers CopyInResponse in statement order.
   */
  expectCopy(planned) {
    const copy = planned ? inlineCopy(planned.sql) : void 0;
    this.copies.push(copy ? { statement: copy.statement, expected: [copy.data, `${copy.data}\\.
`].map(sha256Hex) } : void 0);
  }
  /** A refusal goes into the session's report, the metrics and the audit trail (committed) before it is acted on. */
  async recordRefusal(rule, reason, sql) {
    const excerpt = sql.replace(/\s+/g, " ").trim().slice(0, 200);
    this.context.plan.refuse({ sql: excerpt, rule, reason, at: (/* @__PURE__ */ new Date()).toISOString() });
    this.context.refused(rule);
    await this.context.audit("wire.refused", { conn: this.context.id, rule, reason, sql: sql.slice(0, MAX_AUDITED_SQL) });
    return excerpt;
  }
  async refuse(rule, reason, sql, protocol2) {
    const excerpt = await this.recordRefusal(rule, reason, sql);
    const message = `migration-guard refused [${rule}]: ${excerpt} \u2014 ${reason}`;
    const hint = rule === "unparseable" ? "Send SQL PostgreSQL accepts." : "Only the approved plan runs through this session. Put the change in a migration file, get the new plan approved, and run the apply step again.";
    if (protocol2 === "extended") await this.settled("S", "P");
    const mark = `mg-refusal-${randomBytes4(16).toString("hex")}`;
    this.refusalMarks.set(mark, this.roundTripsSent + 1);
    if (protocol2 === "simple") this.toDatabase(refusalQuery(message, hint, mark));
    else {
      this.change("parse", "S", this.statements, "", { planned: [] });
      this.change("bind", "P", this.portals, "", "");
      this.toDatabase(refusalPipeline(message, hint, mark));
      this.executes.push({ at: this.context.plan.position });
      this.dropCompletions += 2;
      this.skipUntilSync = true;
    }
  }
  // ------------------------------------------------------------------ the check before COMMIT
  /**
   * Before a Query or an Execute that writes or begins a transaction reaches the database while none is open, the
   * state it starts from is taken (src/effects, through the relay's own queries). Statements sent outside a
   * transaction run inside one the relay opens around them and ends itself, after checking what they did; one that
   * PostgreSQL runs outside any transaction is checked once it ran. Before a COMMIT of the client's own transaction
   * goes on, what the transaction did is checked; beyond the approval, the COMMIT is refused (the transaction is
   * aborted, so it can only roll back). False when the message was refused (the refusal is sent).
   */
  async beforeRunning(info, protocol2, options = {}) {
    if (info.writes || info.commits) await this.quiesce();
    if (this.closed) return false;
    const sql = info.sqls.join(";\n");
    const together = () => this.refuseUnchecked("a COMMIT sent together with other statements: send COMMIT on its own (a Query, or a round trip of its own), so the gateway can check what the transaction did before it commits", sql, protocol2);
    const unsent = () => this.closed ? false : this.refuseUnchecked("part of this round trip was already sent (after a Flush), so the gateway cannot check the transaction around it; send it in one round trip", sql, protocol2);
    if (info.writes && info.commits) return together();
    const mark = async (begin, clientBegins = false) => this.exclusively(async () => {
      this.watch ??= await EffectsWatch.open(this.queries, this.context.effects);
      if (begin && clientBegins) this.dropWarnings.push("25001");
      this.mark = await this.watch.mark(begin ? ["BEGIN"] : [], { catalog: info.sqls.some(mayChangeCatalog) });
      this.transactionSql = [];
    });
    if (this.status === "I" && !this.holding && info.writes) {
      const clientBegins = info.begins || this.roundTripBegins;
      if (!await mark(!info.own, clientBegins)) return unsent();
      if (!clientBegins && !options.endsNext) this.holding = { mode: info.own ? "after" : "wrap", roundTrip: this.roundTripsSent + 1 };
    } else if (this.status === "T" && !this.mark && info.writes) {
      if (!await mark(false)) return unsent();
    } else if (this.status === "T" && this.mark && !this.mark.before && info.writes && info.sqls.some(mayChangeCatalog)) {
      const mark2 = this.mark;
      if (!await this.exclusively(() => this.watch.catalogBefore(mark2))) return unsent();
    } else if (this.status === "T" && info.commits && this.mark) {
      if (info.sqls.length > 1 || this.executes.length > 0) return together();
      let checked;
      let failed;
      const ran = await this.exclusively(async () => {
        try {
          checked = await this.watch.check(this.mark, this.transactionSql);
        } catch (error) {
          if (!(error instanceof DeferredConstraintsFailed)) throw error;
          failed = shownMessage(error.cause, this.masking.active);
          await this.queries(["ROLLBACK"]);
        }
      });
      if (!ran) return unsent();
      if (failed !== void 0) {
        await this.refuse("deferred-constraints", `the transaction failed at its deferred constraints, fired before COMMIT so that what they do is checked (${failed}); it is rolled back`, sql, protocol2);
        return false;
      }
      if (!checked) return unsent();
      if (checked.beyond.length) {
        const effects = reportEffects(checked);
        await this.context.audit("wire.effects_refused", { conn: this.context.id, effects });
        await this.refuse("effects-beyond-approval", `the transaction did more than the approval covers: ${beyondText(effects)}; it is rolled back`, sql, protocol2);
        return false;
      }
      this.recordEffects(checked);
    }
    if (this.mark) this.transactionSql.push(...info.sqls);
    if (protocol2 === "extended" && info.begins) this.roundTripBegins = true;
    return true;
  }
  /**
   * A Query with a COMMIT or ROLLBACK among other statements runs as one Query per segment (each COMMIT or ROLLBACK
   * alone), so that what its transaction did is checked before its COMMIT runs. The client sees the answers in
   * order and one ReadyForQuery; after an error nothing more runs, as PostgreSQL skips the rest of a Query then.
   */
  async runSegments(segments) {
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      if (!await this.beforeRunning(segment.info, "simple", { endsNext: segments[i + 1]?.ends ?? false })) return;
      this.nextQuery = segment.sent;
      if (!last) this.suppressReady++;
      this.toDatabase(serialize2.query(segment.sql));
      if (last) return;
      this.flush();
      const roundTrip = this.roundTripsSent;
      await this.answered(roundTrip);
      if (this.closed) return;
      if (this.lastRoundTripFailed) {
        this.client.write(readyForQuery(this.status));
        return;
      }
    }
  }
  /** What a transaction within the approval did, measured before it commits: in the round trip's wire.result record. */
  recordEffects(checked) {
    if (checked.measured.length) this.measured.push(...reportEffects(checked));
  }
  async refuseUnchecked(reason, sql, protocol2) {
    await this.refuse("effects-unchecked", reason, sql, protocol2);
    return false;
  }
  /**
   * Runs `work` (the relay's own queries) alone on the connection before the client's round trip under way: its
   * messages so far wait, the earlier round trips are sent and answered first. False when part of the round trip
   * already went out (a Flush): nothing of the relay's can run before it then.
   */
  async exclusively(work) {
    if (this.unsynced) return false;
    const held = this.outgoing.splice(this.boundary);
    await this.quiesce();
    try {
      if (!this.closed) await work();
    } catch (error) {
      this.terminate("XX000", `migration-guard: the check of what this transaction does could not run (${error.message.slice(0, 200)}); the connection is closed and its transaction rolled back`);
    } finally {
      this.outgoing.push(...held);
    }
    return !this.closed;
  }
  /** Sends the complete round trips decided so far and waits for their answers (the one under way stays held). */
  async quiesce() {
    this.flush();
    await this.answered(this.roundTripsSent);
  }
  /** Queries of the relay's own, in one round trip: only while nothing of the client's is in flight (exclusively, or while holding). */
  queries = async (sqls) => {
    const internal = new InternalQuery();
    this.internal = internal;
    this.backend.send(InternalQuery.messages(sqls));
    try {
      const answer2 = await internal.answer;
      this.status = answer2.status;
      return answer2.results;
    } catch (error) {
      this.status = error.status ?? this.status;
      throw error;
    } finally {
      if (this.internal === internal) this.internal = void 0;
    }
  };
  /**
   * The end of a round trip the relay holds (its ReadyForQuery not yet shown to the client): the transaction it
   * opened is checked, then committed or rolled back (with the refusal as the client's error); a statement run
   * outside a transaction is checked, and beyond the approval ends the session. Then the client may go on.
   */
  async finish(status) {
    const mode = this.holding.mode;
    this.holding = void 0;
    this.status = status;
    let beyond;
    let failed;
    try {
      if (mode === "wrap" && status === "T" || mode === "after" && status === "I") {
        try {
          const checked = await this.watch.check(this.mark, this.transactionSql, { rows: mode === "wrap" });
          if (checked.beyond.length) beyond = reportEffects(checked);
          else this.recordEffects(checked);
        } catch (error) {
          if (!(error instanceof DeferredConstraintsFailed)) throw error;
          failed = { message: shownMessage(error.cause, this.masking.active), code: error.cause.code ?? "23000" };
        }
      }
      if (mode === "wrap" && status !== "I") await this.queries([beyond || failed !== void 0 || status === "E" ? "ROLLBACK" : "COMMIT"]);
    } catch (error) {
      this.terminate("XX000", `migration-guard: the check of what this transaction did could not run (${error.message.slice(0, 200)}); the connection is closed and the transaction rolled back`);
      return;
    }
    if (beyond) {
      const sql = this.transactionSql.join(";\n");
      await this.context.audit("wire.effects_refused", { conn: this.context.id, effects: beyond }).catch(() => void 0);
      const reason = mode === "wrap" ? `it did more than the approval covers: ${beyondText(beyond)}; it was rolled back` : `it ran outside a transaction and did more than the approval covers, which cannot be undone: ${beyondText(beyond)}; the session is ended`;
      const excerpt = await this.recordRefusal("effects-beyond-approval", reason, sql).catch(() => sql.slice(0, 200));
      if (mode === "after") {
        this.terminate("42501", `migration-guard refused [effects-beyond-approval]: ${excerpt} \u2014 ${reason}`);
        this.context.halt?.(reason);
        return;
      }
      this.client.write(noticeMessage(BACKEND.ErrorResponse, /* @__PURE__ */ new Map([["S", "ERROR"], ["V", "ERROR"], ["C", "42501"], ["M", `migration-guard refused [effects-beyond-approval]: ${excerpt} \u2014 ${reason}`], ["H", "Nothing of it was committed. The approval covers what the plan's statements name and the effects its reviewers approved; get the change approved with what it really does."]])));
      this.errorSinceTag = true;
      this.failedInRoundTrip = true;
      this.answers.push(`ERROR 42501: effects beyond the approval`);
    } else if (failed !== void 0) {
      this.client.write(noticeMessage(BACKEND.ErrorResponse, /* @__PURE__ */ new Map([["S", "ERROR"], ["V", "ERROR"], ["C", failed.code], ["M", `migration-guard: the statement failed at its deferred constraints, fired before COMMIT so that what they do is checked (${failed.message}); it was rolled back`]])));
      this.errorSinceTag = true;
      this.failedInRoundTrip = true;
      this.answers.push(`ERROR ${failed.code}: deferred constraints failed`);
    }
    this.readyForQuery(this.status);
    if (this.suppressReady > 0) this.suppressReady--;
    else this.client.write(readyForQuery(this.status));
    const gate = this.gate;
    this.gate = void 0;
    gate?.open();
  }
  // ------------------------------------------------------------------ database → client
  /** A chunk from the database: relayed message by message, written to the client in one write. */
  fromDatabase(bytes) {
    const out = [];
    for (const message of this.fromBackend.push(bytes)) {
      if (this.internal) {
        if (this.internal.take(message)) this.internal = void 0;
        continue;
      }
      const relayed = this.relay(message);
      if (relayed) out.push(relayed);
    }
    if (out.length) this.client.write(out.length === 1 ? out[0] : Buffer.concat(out));
  }
  /** What the client gets for one database message (undefined: nothing). */
  relay(message) {
    if (message[0] === BACKEND.NoticeResponse && this.dropWarnings.length) {
      const at = this.dropWarnings.indexOf(noticeFields(message).get("C") ?? "");
      if (at >= 0) {
        this.dropWarnings.splice(at, 1);
        return void 0;
      }
    }
    if (message[0] === BACKEND.ErrorResponse || message[0] === BACKEND.NoticeResponse) message = this.errorAsShown(message);
    switch (message[0]) {
      case BACKEND.CloseComplete:
        this.confirmations.close++;
        break;
      case BACKEND.ParseComplete:
      case BACKEND.BindComplete:
        if (message[0] === BACKEND.ParseComplete) this.confirmations.parse++;
        else this.confirmations.bind++;
        if (this.dropCompletions > 0) {
          this.dropCompletions--;
          return void 0;
        }
        break;
      case BACKEND.RowDescription:
      case BACKEND.NoData:
        if (this.masking.active) this.masking.described(message);
        break;
      case BACKEND.CopyInResponse: {
        const next = this.copies.shift();
        this.copying = next ? { ...next, hash: createHash4("sha256") } : void 0;
        break;
      }
      case BACKEND.DataRow:
        if (this.masking.active) return this.masking.row(message, (portal) => this.portals.get(portal));
        break;
      case BACKEND.PortalSuspended:
      case BACKEND.EmptyQuery:
        this.masking.completed();
        if (!this.failedInRoundTrip) this.completed.push("");
        break;
      case BACKEND.CommandComplete: {
        this.masking.completed();
        const decoded = decodeBackend(message);
        if (!this.failedInRoundTrip) this.completed.push(decoded?.text ?? "");
        this.lastTag = decoded?.text ?? "";
        this.errorSinceTag = false;
        this.answers.push(this.lastTag);
        this.context.statement("ok");
        break;
      }
      case BACKEND.ErrorResponse: {
        const decoded = decodeBackend(message);
        this.errorSinceTag = true;
        this.failedInRoundTrip = true;
        this.answers.push(`ERROR ${decoded?.code ?? ""}: ${(decoded?.message ?? "").slice(0, 300)}`);
        this.context.statement("failed");
        break;
      }
      case BACKEND.ReadyForQuery: {
        const status = String.fromCharCode(message[5] ?? 0);
        if (this.holding?.roundTrip === this.roundTripsAnswered + 1) {
          void this.finish(status);
          return void 0;
        }
        this.readyForQuery(status);
        if (this.suppressReady > 0) {
          this.suppressReady--;
          return void 0;
        }
        break;
      }
    }
    return message;
  }
  /**
   * An error or notice as the client may see it: the gateway's own refusal without its mark; anything else, while
   * masking rules are set, without the values it may quote (before anything, the audit trail included, reads it).
   */
  errorAsShown(message) {
    const fields = noticeFields(message);
    const mark = fields.get("D");
    if (message[0] === BACKEND.ErrorResponse && mark !== void 0 && this.refusalMarks.delete(mark)) {
      fields.delete("D");
      return noticeMessage(message[0], fields);
    }
    if (message[0] === BACKEND.ErrorResponse && this.ownErrors.delete(fields.get("M") ?? "")) return message;
    return this.masking.active ? noticeMessage(message[0], redactFields(fields)) : message;
  }
  /**
   * The end of a round trip. Its statements the database completed (up to an error) take effect in order: savepoint
   * commands, and a COMMIT or ROLLBACK inside it ends what was claimed before it. When no transaction is open any
   * more, what is still claimed ran or rolled back.
   */
  readyForQuery(status) {
    this.status = status;
    if (status === "I") {
      this.mark = void 0;
      this.transactionSql = [];
    }
    this.confirmNameChanges();
    for (const own of [this.refusalMarks, this.ownErrors]) for (const [key, roundTrip] of own) if (roundTrip <= this.roundTripsAnswered) own.delete(key);
    clearTimeout(this.idleTimer);
    const idle = this.context.idleInTransactionMs ?? 0;
    if (status !== "I" && idle > 0 && this.roundTripsAnswered === this.roundTripsSent) {
      this.idleTimer = setTimeout(() => this.terminate("25P03", `migration-guard: this connection left a transaction open and idle for more than ${idle / 1e3}s; it is closed and the transaction rolled back`, "Commit or roll back promptly; wire.limits.idle-in-transaction-timeout sets the limit."), idle);
      this.idleTimer.unref?.();
    }
    this.dropCompletions = 0;
    this.masking.reset();
    this.copies = [];
    this.copying = void 0;
    const sent = this.roundTrips.shift() ?? [];
    for (const [i, tag] of this.completed.entries()) {
      const statement = sent[i];
      if (!statement) break;
      if (statement.savepoint) this.context.plan.savepoint(this.context.id, statement.savepoint.action, statement.savepoint.name, statement.at);
      if (statement.end) this.context.plan.settle(this.context.id, tag === "COMMIT", statement.at);
    }
    this.completed = [];
    this.lastRoundTripFailed = this.failedInRoundTrip;
    this.failedInRoundTrip = false;
    this.dropWarnings.length = 0;
    if (status === "I") {
      const committed = !this.errorSinceTag && this.lastTag !== "ROLLBACK";
      this.context.plan.settle(this.context.id, committed);
      if (committed && this.pendingSearchPath) this.searchPath = this.pendingSearchPath.length ? this.pendingSearchPath : void 0;
      this.pendingSearchPath = void 0;
    }
    if (this.answers.length || this.sent.length) {
      const record = { conn: this.context.id, statements: this.sent, answers: this.answers, transaction: status, ...this.measured.length ? { effects: this.measured } : {} };
      this.answers = [];
      this.sent = [];
      this.measured = [];
      void this.context.auditSoon("wire.result", record).catch(() => this.terminate("58000", "migration-guard: the audit trail cannot be written; this connection is closed"));
    }
  }
};
var SAVEPOINT_ACTIONS = ["TRANS_STMT_SAVEPOINT", "TRANS_STMT_RELEASE", "TRANS_STMT_ROLLBACK_TO"];
var ENDS = ["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK"];
function transactionEffect(statement) {
  if (statement.type !== "TransactionStmt") return {};
  const kind = String(statement.node.kind);
  if (ENDS.includes(kind)) return { end: true };
  return SAVEPOINT_ACTIONS.includes(kind) ? { savepoint: { action: kind, name: String(statement.node.savepoint_name ?? "") } } : {};
}
function segmentsOf(parts) {
  const segments = [];
  let run = [];
  const close = () => {
    if (!run.length) return;
    segments.push({
      info: { writes: run.some((p3) => p3.info.writes), begins: run.some((p3) => p3.info.begins), commits: run.some((p3) => p3.info.commits), own: run.some((p3) => p3.info.own), sqls: run.flatMap((p3) => p3.info.sqls) },
      sent: run.map((p3) => p3.sent),
      sql: run.map((p3) => p3.info.sqls[0]).join(";\n"),
      ends: run.length === 1 && run[0].ends
    });
    run = [];
  };
  for (const part of parts) {
    if (part.ends) close();
    run.push(part);
    if (part.ends) close();
  }
  close();
  return segments;
}

// src/gateway/server/wire/listener.ts
var connections = 0;
var MAX_STARTUP_MESSAGE = 1e4;
var MAX_BYTES_BEFORE_AUTHENTICATION = 64 * 1024;
var MAX_TIMER = 2 ** 31 - 1;
function startWireListener(options) {
  const relays = /* @__PURE__ */ new Map();
  return listenForClients({
    connection: options.connection,
    host: options.host,
    port: options.port,
    tls: !!options.tls,
    maxConnections: options.limits.maxConnections,
    log: options.log,
    accept: (socket) => accept(socket, options, relays),
    refused: (_socket, error) => ({ level: "error", msg: "wire connection failed", error: error.message.slice(0, 300) }),
    closing: () => {
      for (const relay of relays.values()) relay.terminate("57P01", "migration-guard: the gateway is shutting down; run the apply step again");
    }
  });
}
async function accept(socket, options, relays) {
  let attachment;
  let backend;
  const unauthenticated = boundBeforeAuthentication(socket, options);
  const connection = await A(socket, {
    ...options.tls ? { tls: { cert: toArrayBuffer(options.tls.cert), key: toArrayBuffer(options.tls.key) } } : {},
    auth: {
      method: "password",
      getClearTextPassword: () => "",
      async validateCredentials({ password }, state) {
        const database = state.clientParams?.database ?? state.clientParams?.user;
        const refused = (code, message) => {
          options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "warn", msg: "wire login refused", connection: options.connection, remote: socket.remoteAddress, reason: message.slice(0, 300) });
          return refusal(code, message);
        };
        if (database !== options.connection) throw refused("3D000", `database "${String(database).slice(0, 100)}" is not served here: connect to database ${options.connection}`);
        try {
          attachment = await options.gateway.attach(password, options.connection);
        } catch (error) {
          throw refused("28000", `migration-guard: ${error.message}`);
        }
        try {
          backend = await attachment.backend();
        } catch (error) {
          if (error instanceof TargetRoleError || error instanceof HistoryTableError) throw refusal("42501", `migration-guard: ${error.message}`);
          throw refusal("57P03", `migration-guard: the database cannot be reached through the gateway (${error.message.slice(0, 200)})`);
        }
        return true;
      }
    },
    onMessage(message, state) {
      if (state.hasStarted || !isCancelRequest(message)) return void 0;
      const relay = relays.get(keyOf(cancelKey(message)));
      void relay?.cancel();
      socket.end();
      return new Uint8Array(0);
    },
    async onAuthenticated() {
      unauthenticated.end();
      const duplex = await connection.detach();
      void relayAfterDetach(duplex, attachment, backend, relays, options).catch((error) => {
        options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "error", msg: "wire relay could not start", connection: options.connection, error: error.message.slice(0, 300) });
        backend.close();
        socket.destroy();
      });
    }
  });
}
function boundBeforeAuthentication(socket, options) {
  let received = 0;
  let first = Buffer.alloc(0);
  const drop = (why) => {
    options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "warn", msg: `wire connection closed before authentication: ${why}`, connection: options.connection, remote: socket.remoteAddress });
    socket.destroy();
  };
  const onData = (chunk) => {
    received += chunk.length;
    if (received > MAX_BYTES_BEFORE_AUTHENTICATION) return drop(`more than ${MAX_BYTES_BEFORE_AUTHENTICATION} bytes`);
    if (!first) return;
    first = Buffer.concat([first, chunk]);
    if (first.length < 8) return;
    const length = first.readInt32BE(0);
    const code = first.readInt32BE(4);
    first = void 0;
    const sslOrCancel = length === 8 || length === 16 && code === 80877102;
    if (!sslOrCancel && (length < 8 || length > MAX_STARTUP_MESSAGE)) drop(`a startup message of ${length} bytes (at most ${MAX_STARTUP_MESSAGE})`);
  };
  socket.on("data", onData);
  const timer = setTimeout(() => drop(`not authenticated within ${options.limits.authTimeout}s`), options.limits.authTimeout * 1e3);
  socket.once("close", () => clearTimeout(timer));
  return {
    end() {
      clearTimeout(timer);
      socket.off("data", onData);
    }
  };
}
async function relayAfterDetach(duplex, attachment, backend, relays, options) {
  const { log, limits } = options;
  for (let i = 0; i < 1e3 && (duplex.readable.locked || duplex.writable.locked); i++) await new Promise((r2) => setImmediate(r2));
  const writer = duplex.writable.getWriter();
  const reader = duplex.readable.getReader();
  const id = ++connections;
  const relay = new WireRelay(
    {
      write: (bytes) => void writer.write(bytes).catch(() => relay.close()),
      close: () => {
        void writer.close().catch(() => void 0);
        void reader.cancel().catch(() => void 0);
      }
    },
    backend,
    { ...attachment.context, id, idleInTransactionMs: limits.idleInTransactionTimeout * 1e3 }
  );
  const key = { processId: randomInt(1, 2 ** 31 - 1), secret: randomInt(1, 2 ** 31 - 1) };
  relays.set(keyOf(key), relay);
  attachment.opened(relay);
  const expiry = setTimeout(() => relay.terminate("57P01", "migration-guard: the session expired; this connection is closed", "Run the apply step again to get a new session."), Math.min(Math.max(attachment.expiresAt.getTime() - Date.now(), 0), MAX_TIMER));
  relay.start(key);
  const framer = new Framer(limits.maxMessageBytes);
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done || relay.isClosed) break;
      await relay.fromClientChunk(framer.push(value));
    }
  } catch (error) {
    if (error instanceof FramingError) relay.terminate("54000", `migration-guard: the client sent ${error.message}; this connection is closed`);
    if (!relay.isClosed) log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "error", msg: "wire relay failed", error: error.message.slice(0, 300) });
  } finally {
    clearTimeout(expiry);
    relays.delete(keyOf(key));
    relay.close();
    attachment.ended(relay);
  }
}
function refusal(code, message) {
  return e.create({ severity: "FATAL", code, message });
}
function keyOf(key) {
  return `${key.processId}:${key.secret}`;
}
function toArrayBuffer(buffer) {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

// src/gateway/server/mysql-wire/listener.ts
import { randomBytes as randomBytes5 } from "node:crypto";
import { TLSSocket } from "node:tls";

// src/gateway/server/mysql-wire/relay.ts
import { TextDecoder as TextDecoder2 } from "node:util";
var IN_TRANSACTION = /* @__PURE__ */ new Set(["select", "insert", "replace", "update", "delete", "set", "use", "show", "set-names", "set-transaction"]);
var ROW_WRITES2 = /* @__PURE__ */ new Set(["insert", "replace", "update", "delete"]);
var commits = (statement) => statement.type === "transaction" ? statement.tokens[0]?.value === "COMMIT" : !IN_TRANSACTION.has(statement.type);
var COM = { QUIT: 1, INIT_DB: 2, QUERY: 3, PING: 14, STMT_PREPARE: 22, STMT_EXECUTE: 23, STMT_CLOSE: 25, STMT_RESET: 26, SET_OPTION: 27, RESET_CONNECTION: 31 };
var REFUSED = 1227;
var DEADLOCK = 1213;
var MAX_AUDITED_SQL2 = 4e3;
var MAX_QUEUED_COMMANDS = 1e3;
var utf8 = new TextDecoder2("utf-8", { fatal: true });
var LEXING_MODES = ["NO_BACKSLASH_ESCAPES", "ANSI_QUOTES", "ANSI", "ORACLE", "MSSQL", "DB2", "POSTGRESQL", "MAXDB", "IGNORE_SPACE"];
var MysqlRelay = class {
  constructor(client, backend, context3, maxMessageBytes) {
    this.client = client;
    this.backend = backend;
    this.context = context3;
    this.clientReader = new PacketReader(maxMessageBytes);
    this.inTransaction = (backend.status & STATUS.IN_TRANS) !== 0;
    backend.socket.on("data", (chunk) => this.fromBackend(chunk));
    backend.socket.on("close", () => this.end("the connection to the database was lost; what was not committed is rolled back"));
    backend.socket.on("error", () => void 0);
  }
  client;
  backend;
  context;
  clientReader;
  backendReader = new PacketReader(1024 * 1024 * 1024);
  prepared = /* @__PURE__ */ new Map();
  queue = [];
  expect;
  closed = false;
  inTransaction = false;
  idleTimer;
  // The answer being read: which result, its columns, where in it, and the sequence shift of rewritten rows.
  state = "first";
  columns = [];
  columnCount = 0;
  remaining = 0;
  resultIndex = 0;
  shift = 0;
  results = [];
  /** The check's state: planned row statements of the open transaction, and the catalog before a planned DDL. */
  pendingRows = [];
  committedRows = [];
  catalogBefore;
  get isClosed() {
    return this.closed;
  }
  fromClient(chunk) {
    let packets;
    try {
      packets = this.clientReader.push(chunk);
    } catch (error) {
      return this.end(`the client sent ${error.message}; this connection is closed`);
    }
    this.queue.push(...packets);
    if (this.queue.length > MAX_QUEUED_COMMANDS) return this.end(`the client sent more than ${MAX_QUEUED_COMMANDS} commands ahead of their answers; this connection is closed`);
    void this.drain();
  }
  /** The time the check before COMMIT took on this connection so far, in milliseconds. */
  get checkMs() {
    return this.context.effects?.elapsedMs ?? 0;
  }
  /** Ends the connection from the gateway (the session ended, the gateway stops); the PostgreSQL relay's signature. */
  terminate(_sqlState, message) {
    this.end(message.replace(/^migration-guard: /, ""));
  }
  /** Ends the connection: the client is told why (when it is waiting for nothing else), the database rolls back. */
  end(message) {
    if (this.closed) return;
    if (!this.expect) this.client.write(packetsOf(0, errPayload(1927, "70100", `migration-guard: ${message}`)).bytes);
    this.close();
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    if (this.expect?.kind === "internal") this.expect.done(new Error("the connection closed"));
    this.context.plan.settle(this.context.id, false);
    this.backend.socket.destroy();
    this.client.close();
    this.flushResults();
  }
  draining = false;
  /** A check after a command is running: the next command waits for it. */
  checking = false;
  /**
   * Why this connection's sql_mode would make the server read statements differently from the gateway, if it does:
   * checked before the client is let in, and again after any planned statement that sets something.
   */
  async lexingProblem() {
    const [mode] = await this.internal("SELECT @@SESSION.sql_mode");
    const flags = String(mode ?? "").toUpperCase().split(",");
    const found = LEXING_MODES.filter((m3) => flags.includes(m3));
    return found.length ? `the session's sql_mode has ${found.join(", ")}, under which the database reads statements differently from the gateway; set the server's (or the account's) sql_mode without ${found.length === 1 ? "it" : "them"}` : void 0;
  }
  /** A query of the gateway's own on the backend, between the client's commands: its first row's values, never forwarded. */
  internal(sql) {
    return new Promise((resolve2, reject) => {
      this.expect = { kind: "internal", values: [], done: (result) => result instanceof Error ? reject(result) : resolve2(result) };
      this.state = "first";
      this.backend.socket.write(packetsOf(0, Buffer.concat([Buffer.from([COM.QUERY]), Buffer.from(sql, "utf8")])).bytes);
    });
  }
  async drain() {
    if (this.draining) return;
    this.draining = true;
    try {
      while (!this.closed && !this.expect && !this.checking && this.queue.length) await this.command(this.queue.shift());
    } catch (error) {
      this.end(`the command could not be read (${error.message}); this connection is closed`);
    } finally {
      this.draining = false;
    }
  }
  async command(packet) {
    clearTimeout(this.idleTimer);
    const code = packet.payload[0];
    switch (code) {
      case COM.QUIT:
        return this.close();
      case COM.PING:
      case COM.STMT_RESET:
      case COM.SET_OPTION:
        return this.forward(packet, { kind: "single" });
      case COM.RESET_CONNECTION:
        return this.forward(packet, {
          kind: "single",
          onOk: () => {
            this.context.plan.settle(this.context.id, false);
            this.prepared.clear();
            this.inTransaction = false;
            this.pendingRows = [];
          }
        });
      case COM.INIT_DB: {
        const name = packet.payload.subarray(1).toString("utf8");
        if (name === this.context.rules.database || name === this.context.connectionName) return this.answer(okPayload(this.status()));
        return this.refuse("not-in-plan", `this connection reaches database ${this.context.connectionName} only`, `USE ${name}`);
      }
      case COM.QUERY:
        return this.query(packet);
      case COM.STMT_PREPARE:
        return this.prepare(packet);
      case COM.STMT_EXECUTE:
        return this.execute(packet);
      case COM.STMT_CLOSE:
        this.prepared.delete(packet.payload.readUInt32LE(1));
        this.backend.socket.write(packet.raw);
        return;
      default:
        this.client.write(packetsOf(1, errPayload(1047, "08S01", `migration-guard: command 0x${(code ?? 0).toString(16)} is not served by the gateway; this connection is closed`)).bytes);
        return this.close();
    }
  }
  decode(payload) {
    try {
      return utf8.decode(payload.subarray(1));
    } catch {
      return void 0;
    }
  }
  /** Parses and checks a packet's statements; the refusal is answered here (undefined). */
  async check(sql, single) {
    if (sql === void 0) {
      await this.refuse("unparseable", "the statement is not valid UTF-8, so the gateway cannot read it as the server would", "");
      return void 0;
    }
    try {
      const statements = parseMysqlStatements(sql, this.context.rules.dialect);
      if (!statements.length) return statements;
      if (single && statements.length > 1) throw new MysqlParseError("a prepared statement is one statement");
      if (statements.length > 1 && statements.some((s2) => s2.type === "call")) throw new MysqlParseError("send CALL on its own: its results cannot be told apart from the next statement\u2019s");
      return statements;
    } catch (error) {
      if (!(error instanceof MysqlParseError)) throw error;
      await this.refuse("unparseable", error.message, sql);
      return void 0;
    }
  }
  async query(packet) {
    const sql = this.decode(packet.payload);
    const statements = await this.check(sql, false);
    if (!statements) return;
    const parts = [];
    const claimed = [];
    for (const statement of statements) {
      const planned = statement.type !== "transaction" ? this.context.plan.claim(statement.key, this.context.id) : void 0;
      if (planned) {
        claimed.push(planned);
        parts.push({ statement, planned, kind: "planned", at: this.context.plan.position });
        continue;
      }
      const verdict = mysqlUnplanned(statement, this.context.rules);
      if (!verdict.allowed) {
        this.context.plan.unclaim(claimed);
        const again = this.context.plan.consumed(statement.key);
        return this.refuse(again ? "already-ran" : "not-in-plan", again ? "this statement of the plan has already run in this session; each planned statement runs once" : `it is not a statement of the approved plan ${this.context.planDigest}, and ${verdict.why}`, statement.sql);
      }
      parts.push({ statement, kind: verdict.kind, at: this.context.plan.position });
    }
    if (!await this.beforeForward(parts)) {
      this.context.plan.unclaim(claimed);
      return;
    }
    if (!parts.length) return this.answer(okPayload(this.status()));
    this.forward(packet, { kind: "results", parts, binary: false });
  }
  async prepare(packet) {
    const statements = await this.check(this.decode(packet.payload), true);
    if (!statements) return;
    const [statement] = statements;
    if (!statement) return this.refuse("unparseable", "an empty statement", "");
    const planned = statement.type !== "transaction" && this.context.plan.available(statement.key);
    const verdict = planned ? void 0 : mysqlUnplanned(statement, this.context.rules);
    if (verdict && !verdict.allowed) {
      const again = this.context.plan.consumed(statement.key);
      return this.refuse(again ? "already-ran" : "not-in-plan", again ? "this statement of the plan has already run in this session; each planned statement runs once" : `it is not a statement of the approved plan ${this.context.planDigest}, and ${verdict.why}`, statement.sql);
    }
    this.forward(packet, { kind: "prepare", part: { statement, kind: planned ? "planned" : verdict.allowed ? verdict.kind : "refused" } });
  }
  async execute(packet) {
    const id = packet.payload.readUInt32LE(1);
    const flags = packet.payload[5] ?? 0;
    const known = this.prepared.get(id);
    if (!known) return this.refuse("not-in-plan", "unknown prepared statement", "");
    if (flags !== 0) return this.refuse("not-in-plan", "cursors are not served by the gateway (execute without a cursor)", known.statement.sql);
    let part = { ...known, planned: void 0 };
    if (known.kind === "planned") {
      const planned = this.context.plan.claim(known.statement.key, this.context.id);
      if (!planned) {
        const verdict = mysqlUnplanned(known.statement, this.context.rules);
        if (!verdict.allowed) return this.refuse("already-ran", "this statement of the plan has already run in this session; each planned statement runs once", known.statement.sql);
        part = { statement: known.statement, kind: verdict.kind };
      } else part = { statement: known.statement, planned, kind: "planned" };
    }
    part.at = this.context.plan.position;
    if (!await this.beforeForward([part])) {
      if (part.planned) this.context.plan.unclaim([part.planned]);
      return;
    }
    this.forward(packet, { kind: "results", parts: [part], binary: true });
  }
  /**
   * What must happen before a command is forwarded: the check of the open transaction's planned row statements when
   * the command commits them (COMMIT, or DDL's implicit commit; refused when beyond the approval, so the transaction
   * can only roll back), the catalog read before a planned statement that commits on its own, and the audit record
   * of history writes. False when the command was answered here instead.
   */
  async beforeForward(parts) {
    const effects = this.context.effects;
    if (effects && this.pendingRows.length && parts.some((p3) => commits(p3.statement))) {
      const judged2 = reportEffects(effects.rows(await effects.snapshot(), this.pendingRows));
      if (judged2.some((e2) => e2.beyond)) {
        await this.effectsRefused(judged2);
        await this.refuse("effects-beyond-approval", `the transaction did more than the approval covers, so it is not committed: ${beyondText(judged2)}; roll it back`, parts.map((p3) => p3.statement.sql).join("; "));
        return false;
      }
      this.committedRows.push(...this.pendingRows);
      this.pendingRows = [];
    }
    const own = parts.filter((p3) => p3.planned && !IN_TRANSACTION.has(p3.statement.type) && p3.statement.type !== "transaction");
    this.catalogBefore = effects && own.length ? { snapshot: await effects.snapshot(), sqls: own.map((p3) => p3.statement.sql) } : void 0;
    return this.recordBefore(parts);
  }
  async effectsRefused(effects) {
    await this.context.audit("wire.effects_refused", { conn: this.context.id, effects: effects.filter((e2) => e2.beyond) }).catch(() => void 0);
  }
  /** A write to the tool's history table is recorded (committed) before it runs; planned ones were recorded at wire.open. */
  async recordBefore(parts) {
    const history = parts.filter((p3) => p3.kind === "history");
    if (!history.length) return true;
    try {
      await this.context.audit("wire.statement", { conn: this.context.id, protocol: "mysql", statements: history.map((p3) => ({ class: "history", sql: p3.statement.sql.slice(0, MAX_AUDITED_SQL2) })) });
      return true;
    } catch (error) {
      this.answer(errPayload(1180, "HY000", `migration-guard: the audit record could not be written, so the statement was not run (${error.message})`));
      return false;
    }
  }
  async refuse(rule, reason, sql) {
    const excerpt = sql.replace(/\s+/g, " ").trim().slice(0, 200);
    this.context.plan.refuse({ sql: excerpt, rule, reason, at: (/* @__PURE__ */ new Date()).toISOString() });
    this.context.refused(rule);
    try {
      await this.context.audit("wire.refused", { conn: this.context.id, rule, reason, sql: sql.slice(0, MAX_AUDITED_SQL2) });
    } catch {
      return this.end("the audit trail cannot be written; this connection is closed");
    }
    this.answer(errPayload(REFUSED, "42000", `migration-guard refused ${JSON.stringify(excerpt.slice(0, 80))}: ${reason}`));
  }
  /** Answers the command in flight from the gateway (its reply is packet 1). */
  answer(payload) {
    this.client.write(packetsOf(1, payload).bytes);
    this.idle();
  }
  forward(packet, expect) {
    this.expect = expect;
    this.state = "first";
    this.resultIndex = 0;
    this.shift = 0;
    this.backend.socket.write(packet.raw);
  }
  status() {
    return STATUS.AUTOCOMMIT | (this.inTransaction ? STATUS.IN_TRANS : 0);
  }
  fromBackend(chunk) {
    let packets;
    try {
      packets = this.backendReader.push(chunk);
    } catch {
      return this.end("the database sent a packet larger than 1 GiB");
    }
    for (const packet of packets) {
      if (this.closed) return;
      if (!this.expect) return this.end("the database sent a packet nobody asked for");
      try {
        this.answerPacket(packet, this.expect);
      } catch (error) {
        return this.end(`the database's answer could not be read (${error.message})`);
      }
    }
  }
  answerPacket(packet, expect) {
    const p3 = packet.payload;
    if (expect.kind === "internal") return this.internalPacket(p3, expect);
    if (expect.kind === "single") {
      this.pass(packet);
      if (isOk(p3) || isEof(p3)) {
        this.inTransaction = (statusOf(p3) & STATUS.IN_TRANS) !== 0;
        expect.onOk?.();
      }
      return this.finish();
    }
    if (expect.kind === "prepare") {
      this.pass(packet);
      if (this.state === "first") {
        if (!isOk(p3)) return this.finish();
        const c2 = new Cursor(p3, 1);
        const id = c2.u32();
        const columns = c2.u16();
        const params = c2.u16();
        this.prepared.set(id, expect.part);
        this.remaining = (params ? params + 1 : 0) + (columns ? columns + 1 : 0);
        this.state = "prepare-rest";
      } else this.remaining--;
      if (this.remaining === 0) this.finish();
      return;
    }
    switch (this.state) {
      case "first":
        if (isOk(p3)) {
          this.pass(packet);
          return this.statementEnded(expect, statusOf(p3), void 0, new Cursor(p3, 1).lenenc() ?? 0);
        }
        if (isErr(p3)) {
          this.pass(packet, this.maskedError(p3));
          return this.statementEnded(expect, void 0, errorOf(p3));
        }
        if (p3[0] === 251) return this.end("the database asked for a local file, which the gateway never sends");
        this.columnCount = new Cursor(p3).lenenc() ?? 0;
        this.columns = [];
        this.state = "columns";
        return this.pass(packet);
      case "columns":
        this.columns.push(this.column(p3));
        if (this.columns.length === this.columnCount) this.state = "columns-eof";
        return this.pass(packet);
      case "columns-eof":
        this.state = "rows";
        return this.pass(packet);
      case "rows":
        if (isEof(p3)) {
          this.pass(packet);
          return this.statementEnded(expect, statusOf(p3), void 0, 0);
        }
        if (isErr(p3)) {
          this.pass(packet, this.maskedError(p3));
          return this.statementEnded(expect, void 0, errorOf(p3));
        }
        return this.pass(packet, this.columns.some((c2) => c2.replacement !== void 0) ? expect.binary ? this.maskBinaryRow(p3) : this.maskTextRow(p3) : void 0);
      default:
        return this.end("the database answered out of order");
    }
  }
  internalPacket(p3, expect) {
    const end = (result) => {
      this.expect = void 0;
      expect.done(result);
    };
    if (isErr(p3)) return end(new Error(errorOf(p3).message));
    if (this.state === "first") {
      if (isOk(p3)) return end([]);
      this.columnCount = new Cursor(p3).lenenc() ?? 0;
      this.remaining = this.columnCount;
      this.state = "columns";
    } else if (this.state === "columns") {
      if (--this.remaining === 0) this.state = "columns-eof";
    } else if (this.state === "columns-eof") this.state = "rows";
    else if (isEof(p3)) end(expect.values);
    else if (!expect.values.length) {
      const c2 = new Cursor(p3);
      for (let i = 0; i < this.columnCount; i++) expect.values.push(c2.lenencBytes()?.toString("utf8") ?? null);
    }
  }
  /** One statement's answer is complete: its outcome, and what its transaction state says about the plan. */
  statementEnded(expect, status, error, rows) {
    const part = expect.parts[this.resultIndex];
    this.context.statement(error ? "failed" : "ok");
    if (part) {
      this.results.push({ ...part.planned ? { index: part.planned.index, path: part.planned.path } : { class: part.kind, sql: part.statement.sql.slice(0, 500) }, status: error ? "failed" : "ok", ...rows !== void 0 && !error ? { rows } : {}, ...error ? { code: error.code } : {} });
    }
    if (error) {
      this.context.plan.unclaim(expect.parts.slice(this.resultIndex).flatMap((x3) => x3.planned ? [x3.planned] : []));
      if (error.code === DEADLOCK) {
        this.context.plan.settle(this.context.id, false);
        this.inTransaction = false;
        this.pendingRows = [];
      }
      return this.finish();
    }
    if (part?.planned && ROW_WRITES2.has(part.statement.type) && this.context.effects) this.pendingRows.push({ sql: part.statement.sql, rows: rows ?? 0 });
    this.inTransaction = ((status ?? 0) & STATUS.IN_TRANS) !== 0;
    if (!this.inTransaction) {
      const rollback = part?.statement.type === "transaction" && part.statement.tokens[0]?.value === "ROLLBACK";
      this.context.plan.settle(this.context.id, !rollback, part?.at ?? Infinity);
      if (!rollback) this.committedRows.push(...this.pendingRows);
      this.pendingRows = [];
    }
    this.resultIndex++;
    this.state = "first";
    if (!((status ?? 0) & STATUS.MORE_RESULTS)) this.finish();
  }
  finish() {
    const settings = this.expect?.kind === "results" && this.expect.parts.some((p3) => p3.planned && p3.statement.type === "set");
    this.expect = void 0;
    this.flushResults();
    this.idle();
    const catalogBefore = this.catalogBefore;
    const committedRows = this.committedRows;
    this.catalogBefore = void 0;
    this.committedRows = [];
    if (!settings && !catalogBefore && !committedRows.length) return void this.drain();
    this.checking = true;
    void this.afterCommand(settings, catalogBefore, committedRows).then(
      (problem) => problem && this.end(`${problem}; this connection is closed`),
      (error) => this.end(`the check after the statement could not run (${error.message}); this connection is closed`)
    ).finally(() => {
      this.checking = false;
      void this.drain();
    });
  }
  /**
   * What is checked once a command's answer is complete, before the next command is read: what committed on its own
   * (a planned DDL's catalog diff, rows written in autocommit) and, after a planned SET, how the server now reads
   * statements. What went beyond the approval cannot be undone: the session ends. Returns why the connection ends.
   */
  async afterCommand(settings, catalogBefore, committedRows) {
    const effects = this.context.effects;
    if (effects && (catalogBefore || committedRows.length)) {
      const now = await effects.snapshot();
      const judged2 = [...catalogBefore ? reportEffects(effects.catalog(catalogBefore.sqls, catalogBefore.snapshot, now)) : [], ...committedRows.length ? reportEffects(effects.rows(now, committedRows)) : []];
      if (judged2.some((e2) => e2.beyond)) {
        const reason = `what committed went beyond the approval, which cannot be undone on MySQL: ${beyondText(judged2)}`;
        await this.effectsRefused(judged2);
        this.context.plan.refuse({ sql: [...catalogBefore?.sqls ?? [], ...committedRows.map((r2) => r2.sql)].join("; ").slice(0, 200), rule: "effects-beyond-approval", reason, at: (/* @__PURE__ */ new Date()).toISOString() });
        this.context.refused("effects-beyond-approval");
        this.context.halt?.(reason);
        return reason;
      }
    }
    return settings ? this.lexingProblem() : void 0;
  }
  flushResults() {
    if (!this.results.length) return;
    const record = { conn: this.context.id, protocol: "mysql", answers: this.results, transaction: this.inTransaction ? "T" : "I" };
    this.results = [];
    void this.context.auditSoon("wire.result", record).catch(() => this.end("the audit trail cannot be written; this connection is closed"));
  }
  /** A transaction left open with nothing sent for too long ends the connection. */
  idle() {
    clearTimeout(this.idleTimer);
    if (!this.inTransaction || !this.context.idleInTransactionMs || this.closed) return;
    this.idleTimer = setTimeout(() => this.end(`the transaction was left open for ${this.context.idleInTransactionMs / 1e3}s with nothing sent; it is rolled back`), this.context.idleInTransactionMs);
    this.idleTimer.unref?.();
  }
  /** Sends a packet of the answer on: as it came, or rewritten (then renumbered, and the rest of the answer after it). */
  pass(packet, payload) {
    if (payload === void 0 && this.shift === 0) return void this.client.write(packet.raw);
    const body = payload ?? packet.payload;
    const { bytes, count } = packetsOf(packet.seq + this.shift, body);
    this.shift += count - (Math.floor(packet.payload.length / MAX_PACKET_PAYLOAD) + 1);
    this.client.write(bytes);
  }
  column(payload) {
    const c2 = new Cursor(payload);
    for (let i = 0; i < 4; i++) c2.lenencBytes();
    const name = c2.lenencString();
    const orgName = c2.lenencString();
    c2.lenenc();
    c2.u16();
    c2.u32();
    const type = c2.u8();
    const replacement = this.context.masking.active ? this.context.masking.replacementFor({ name, ...orgName ? { sourceName: orgName } : {} }) : void 0;
    return { type, ...replacement !== void 0 ? { replacement } : {} };
  }
  maskedError(payload) {
    if (!this.context.masking.active) return void 0;
    const error = errorOf(payload);
    return errPayload(error.code, error.sqlState, redactMessage(error.message, "unknown", String(error.code)));
  }
  maskTextRow(payload) {
    const c2 = new Cursor(payload);
    const out = [];
    for (const column of this.columns) {
      const start = c2.at;
      const value = c2.lenencBytes();
      out.push(value !== null && column.replacement !== void 0 ? lenencBytes(Buffer.from(column.replacement, "utf8")) : payload.subarray(start, c2.at));
    }
    return Buffer.concat(out);
  }
  /** A binary row: masked strings replaced, masked values of other types made NULL (their bytes removed). */
  maskBinaryRow(payload) {
    const n2 = this.columns.length;
    const bitmapLength = Math.floor((n2 + 7 + 2) / 8);
    const bitmap = Buffer.from(payload.subarray(1, 1 + bitmapLength));
    const c2 = new Cursor(payload, 1 + bitmapLength);
    const values = [];
    for (const [i, column] of this.columns.entries()) {
      const bit = i + 2;
      if (bitmap[bit >> 3] & 1 << (bit & 7)) continue;
      const start = c2.at;
      const size = binarySize(column.type, c2);
      if (size === void 0) throw new Error(`column type ${column.type} cannot be masked`);
      c2.at += size;
      if (column.replacement === void 0) values.push(payload.subarray(start, c2.at));
      else if (STRING_TYPES.has(column.type)) values.push(lenencBytes(Buffer.from(column.replacement, "utf8")));
      else bitmap[bit >> 3] |= 1 << (bit & 7);
    }
    return Buffer.concat([payload.subarray(0, 1), bitmap, ...values]);
  }
  static capabilitiesOffered(tls) {
    return CAP.LONG_PASSWORD | CAP.FOUND_ROWS | CAP.LONG_FLAG | CAP.CONNECT_WITH_DB | CAP.PROTOCOL_41 | CAP.TRANSACTIONS | CAP.SECURE_CONNECTION | CAP.MULTI_STATEMENTS | CAP.MULTI_RESULTS | CAP.PS_MULTI_RESULTS | CAP.PLUGIN_AUTH | CAP.CONNECT_ATTRS | CAP.PLUGIN_AUTH_LENENC_CLIENT_DATA | (tls ? CAP.SSL : 0);
  }
};
var STRING_TYPES = /* @__PURE__ */ new Set([0, 246, 15, 253, 254, 247, 248, 249, 250, 251, 252, 255, 16, 245]);
var FIXED = { 8: 8, 3: 4, 9: 4, 2: 2, 13: 2, 1: 1, 5: 8, 4: 4, 6: 0 };
function binarySize(type, c2) {
  if (STRING_TYPES.has(type)) {
    const start = c2.at;
    const length = c2.lenenc() ?? 0;
    const size = c2.at - start + length;
    c2.at = start;
    return size;
  }
  if (type in FIXED) return FIXED[type];
  if (type === 10 || type === 7 || type === 12 || type === 11) return 1 + c2.buffer[c2.at];
  return void 0;
}

// src/gateway/server/mysql-wire/listener.ts
var SAFE_COLLATIONS = /* @__PURE__ */ new Set([5, 8, 11, 15, 31, 33, 45, 46, 47, 48, 49, 63, 65, 76, 83, 94, 255, ...range(192, 215), ...range(224, 247)]);
var MAX_BYTES_BEFORE_AUTHENTICATION2 = 64 * 1024;
var NATIVE = "mysql_native_password";
var MAX_TIMER2 = 2 ** 31 - 1;
var connections2 = 0;
function startMysqlWireListener(options) {
  const relays = /* @__PURE__ */ new Set();
  return listenForClients({
    connection: options.connection,
    host: options.host,
    port: options.port,
    tls: !!options.tls,
    maxConnections: options.limits.maxConnections,
    log: options.log,
    accept: (socket) => accept2(socket, options, relays),
    refused: (socket, error) => ({ level: "warn", msg: "wire login refused", protocol: "mysql", remote: socket.remoteAddress, reason: error.message.slice(0, 300) }),
    closing: () => {
      for (const relay of relays) relay.terminate("57P01", "the gateway is shutting down; run the apply step again");
    }
  });
}
async function accept2(plain, options, relays) {
  let socket = plain;
  const reader = new PacketReader(MAX_BYTES_BEFORE_AUTHENTICATION2);
  const pending = [];
  let waiting;
  let received = 0;
  const onData = (chunk) => {
    received += chunk.length;
    let packets;
    try {
      if (received > MAX_BYTES_BEFORE_AUTHENTICATION2) throw new Error("too much before authentication");
      packets = reader.push(chunk);
    } catch {
      socket.destroy();
      return;
    }
    for (const packet of packets) {
      if (waiting) {
        const w2 = waiting;
        waiting = void 0;
        w2(packet);
      } else pending.push(packet);
    }
  };
  const next = () => new Promise((resolve2, reject) => {
    if (pending.length) return resolve2(pending.shift());
    waiting = (p3) => p3 ? resolve2(p3) : reject(new Error("the client went away before it authenticated"));
  });
  const listen = (s2) => {
    s2.on("data", onData);
    s2.once("close", () => waiting?.(void 0));
  };
  listen(socket);
  const timer = setTimeout(() => socket.destroy(), options.limits.authTimeout * 1e3);
  const send2 = (seq, payload) => void socket.write(packetsOf(seq, payload).bytes);
  const fail = (seq, code, state, message) => {
    send2(seq, errPayload(code, state, `migration-guard: ${message}`));
    socket.end();
    throw new Error(message);
  };
  try {
    const scramble = Buffer.from(randomBytes5(20).map((b2) => 33 + b2 % 94));
    const offered = MysqlRelay.capabilitiesOffered(!!options.tls);
    send2(0, greeting(options.serverVersion, scramble, offered));
    let packet = await next();
    let capabilities = packet.payload.length >= 4 ? packet.payload.readUInt32LE(0) : 0;
    if (options.tls) {
      if (!(capabilities & CAP.SSL) || packet.payload.length !== 32) fail(packet.seq + 1, 1045, "28000", "this endpoint requires TLS (ssl-mode=REQUIRED, or tls=true)");
      socket.removeListener("data", onData);
      const early = Buffer.concat([...pending.splice(0).map((p3) => p3.raw), reader.takeBuffered()]);
      if (early.length) plain.unshift(early);
      const secure = new TLSSocket(plain, { isServer: true, cert: options.tls.cert, key: options.tls.key, minVersion: "TLSv1.2" });
      secure.on("error", () => void 0);
      socket = secure;
      listen(secure);
      packet = await next();
      capabilities = packet.payload.readUInt32LE(0);
    }
    const hello = parseHandshakeResponse(packet.payload, capabilities);
    let seq = packet.seq;
    if (!(capabilities & CAP.PROTOCOL_41)) fail(seq + 1, 1045, "08004", "the client speaks a protocol older than 4.1");
    if (hello.user !== "session") fail(seq + 1, 1045, "28000", `user ${JSON.stringify(hello.user.slice(0, 64))}: connect as user session with the session token as password`);
    if (hello.database && hello.database !== options.connection) fail(seq + 1, 1049, "42000", `database ${JSON.stringify(hello.database.slice(0, 64))} is not served here: connect to database ${options.connection}`);
    if (!SAFE_COLLATIONS.has(hello.collation)) fail(seq + 1, 1115, "42000", "connect with character set utf8mb4 (or utf8, latin1, ascii): in other multibyte sets a character can hide a quote or backslash from the gateway");
    let response = hello.authResponse;
    if (hello.plugin !== NATIVE) {
      send2(++seq, Buffer.concat([Buffer.from([254]), Buffer.from(`${NATIVE}\0`), scramble, Buffer.from([0])]));
      const switched = await next();
      seq = switched.seq;
      response = switched.payload;
    }
    let attachment;
    try {
      attachment = await options.gateway.attachMysql(options.connection, scramble, response);
    } catch (error) {
      return fail(seq + 1, 1045, "28000", error.message);
    }
    let backend;
    try {
      backend = await attachment.backend(capabilities & MIRRORED_CAPABILITIES & offered, hello.collation);
    } catch (error) {
      const said = error instanceof BackendError || error instanceof TargetRoleError || error instanceof DialectMismatchError;
      return fail(seq + 1, 2013, "HY000", `the database cannot be reached through the gateway (${said ? error.message : "error"})`);
    }
    clearTimeout(timer);
    socket.removeListener("data", onData);
    const relay = new MysqlRelay(
      { write: (bytes) => void socket.write(bytes), close: () => void socket.end() },
      backend,
      { ...attachment.context, id: ++connections2, idleInTransactionMs: options.limits.idleInTransactionTimeout * 1e3 },
      options.limits.maxMessageBytes
    );
    const problem = await relay.lexingProblem().catch((error) => `the session's sql_mode could not be read (${error.message})`);
    if (problem) {
      try {
        fail(seq + 1, 1227, "42000", problem);
      } finally {
        relay.close();
      }
    }
    relays.add(relay);
    attachment.opened(relay);
    const expiry = setTimeout(() => relay.terminate("57P01", "the session expired; this connection is closed. Run the apply step again to get a new session"), Math.min(Math.max(attachment.expiresAt.getTime() - Date.now(), 0), MAX_TIMER2));
    socket.on("data", (chunk) => relay.fromClient(chunk));
    socket.once("close", () => {
      clearTimeout(expiry);
      relays.delete(relay);
      relay.close();
      attachment.ended(relay);
    });
    send2(seq + 1, okPayload(STATUS.AUTOCOMMIT | backend.status & STATUS.IN_TRANS));
    for (const early of pending.splice(0)) relay.fromClient(early.raw);
  } finally {
    clearTimeout(timer);
  }
}
function greeting(version, scramble, capabilities) {
  const fixed = Buffer.alloc(4 + 8 + 1 + 2 + 1 + 2 + 2 + 1 + 10);
  let at = 0;
  fixed.writeUInt32LE(connections2 + 1, at);
  at += 4;
  scramble.copy(fixed, at, 0, 8);
  at += 9;
  fixed.writeUInt16LE(capabilities & 65535, at);
  at += 2;
  fixed[at++] = 45;
  fixed.writeUInt16LE(STATUS.AUTOCOMMIT, at);
  at += 2;
  fixed.writeUInt16LE(capabilities >>> 16, at);
  at += 2;
  fixed[at] = 21;
  return Buffer.concat([Buffer.from([10]), Buffer.from(`${version}\0`), fixed, scramble.subarray(8), Buffer.from([0]), Buffer.from(`${NATIVE}\0`)]);
}
function parseHandshakeResponse(payload, capabilities) {
  const c2 = new Cursor(payload, 8);
  const collation = c2.u8();
  c2.bytes(23);
  const user = c2.nulString();
  const authResponse = capabilities & CAP.PLUGIN_AUTH_LENENC_CLIENT_DATA ? c2.lenencBytes() ?? Buffer.alloc(0) : capabilities & CAP.SECURE_CONNECTION ? c2.bytes(c2.u8()) : Buffer.from(c2.nulString(), "latin1");
  const database = capabilities & CAP.CONNECT_WITH_DB && !c2.done ? c2.nulString() : "";
  const plugin = capabilities & CAP.PLUGIN_AUTH && !c2.done ? c2.nulString() : NATIVE;
  return { collation, user, authResponse: Buffer.from(authResponse), database, plugin };
}
function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_2, i) => from + i);
}

// src/gateway/server/start.ts
var REVOCATION_CHECK_MS = 2e3;
async function loadGatewayConfig(path) {
  return parseGatewayConfig(await readFile(path, "utf8"), path);
}
function openConfiguredStore(store) {
  return store.driver === "postgres" ? openStore({ driver: "postgres", url: resolveUrl(store, "store") }) : openStore({ driver: "pglite", dataDir: store.dataDir });
}
async function openDatabase(connection) {
  const what = `connection ${connection.name}`;
  if (connection.driver === "mysql") {
    const ca = connection.tlsCa ? { ca: await readPem(connection.tlsCa, `${what}: tls-ca`) } : {};
    return mysqlDatabase(resolveUrl(connection, what), { allowSuperuser: connection.allowSuperuser, dialect: connection.dialect, ...ca });
  }
  return connection.driver === "postgres" ? postgresDatabase(resolveUrl(connection, what), { allowSuperuser: connection.allowSuperuser }) : await pgliteDatabase(connection.dataDir);
}
async function startGateway(config, options) {
  const tls = config.tls ? { cert: await readPem(config.tls.cert, "listen.tls.cert"), key: await readPem(config.tls.key, "listen.tls.key") } : void 0;
  const kek = loadKeyEncryption(config.keys, storeOutlivesProcess(config.store));
  const store = await openConfiguredStore(config.store);
  const metrics = new GatewayMetrics();
  const audit = new AuditLog(store, void 0, await loadAuditSigner(store, kek));
  const auditKeys = await trustedAuditKeys(store, kek);
  audit.observe = (seconds) => metrics.auditAppend.observe(seconds);
  const keys = await loadSigningKeys(store, kek, (message) => options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "warn", msg: message }));
  await audit.sealTail();
  const databases = /* @__PURE__ */ new Map();
  const policies = /* @__PURE__ */ new Map();
  for (const connection of config.connections) {
    databases.set(connection.name, await openDatabase(connection));
    policies.set(connection.name, connection.policy ? parsePolicy(await readFile(connection.policy, "utf8"), connection.policy, { today: todayOf() }) : DEFAULT_POLICY);
  }
  const log = (level, msg, extra = {}) => options.log({ time: (/* @__PURE__ */ new Date()).toISOString(), level, msg, ...extra });
  const keyReload = setInterval(() => {
    keys.reload().then((fresh) => {
      if (fresh.kid !== keys.kid) log("info", "session-signing key changed", { kid: fresh.kid, was: keys.kid });
      Object.assign(keys, { kid: fresh.kid, privateKey: fresh.privateKey, jwks: fresh.jwks, verifier: fresh.verifier });
    }).catch((error) => log("warn", "session-signing keys could not be re-read; the ones in use stay", { error: error.message.slice(0, 200) }));
  }, config.keyReload * 1e3);
  keyReload.unref();
  const gateway = new Gateway({ config, store, audit, keys, auditPublicKeys: publicKeysPem([...auditKeys].map(([kid, publicKey]) => ({ kid, publicKey }))), verifier: new SubjectTokenVerifier(config.issuers), databases, policies, metrics });
  const handler = gatewayHandler(gateway, keys, metrics, options.log);
  const revocations = setInterval(() => {
    gateway.endRevoked().then((ended) => ended.length && log("info", "revoked sessions ended", { sessions: ended })).catch((error) => log("warn", "revoked sessions could not be checked", { error: error.message.slice(0, 200) }));
  }, REVOCATION_CHECK_MS);
  revocations.unref();
  const server = tls ? createTlsServer({ ...tls, minVersion: "TLSv1.2" }, handler) : createServer2(handler);
  server.headersTimeout = 2e4;
  server.requestTimeout = 6e4;
  await new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? config.port, config.host, ready);
  });
  const { port } = server.address();
  const wires = /* @__PURE__ */ new Map();
  try {
    for (const connection of config.connections) {
      if (!connection.wire) continue;
      const wireTls = connection.wire.tls ? { cert: await readPem(connection.wire.tls.cert, `connection ${connection.name}: wire.tls.cert`), key: await readPem(connection.wire.tls.key, `connection ${connection.name}: wire.tls.key`) } : void 0;
      const common = {
        connection: connection.name,
        host: connection.wire.host,
        port: options.wirePorts?.[connection.name] ?? connection.wire.port,
        ...wireTls ? { tls: wireTls } : {},
        limits: connection.wire.limits,
        log: options.log
      };
      const listener = connection.driver === "mysql" ? await startMysqlWireListener({ ...common, serverVersion: connection.dialect === "mariadb" ? "10.11.0-MariaDB-migration-guard" : "8.0.0-migration-guard", gateway: { attachMysql: (name, scramble, response) => gateway.attachMysql(name, scramble, response) } }) : await startWireListener({ ...common, gateway: { attach: (token, name) => gateway.attachWire(token, name) } });
      wires.set(connection.name, listener);
      connection.wire.port = listener.port;
    }
  } catch (error) {
    clearInterval(keyReload);
    clearInterval(revocations);
    server.close();
    for (const listener of wires.values()) await listener.close();
    throw error;
  }
  const url = `${tls ? "https" : "http"}://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  return {
    url,
    gateway,
    audit,
    databases,
    auditKeys,
    wirePorts: Object.fromEntries([...wires].map(([name, listener]) => [name, listener.port])),
    async close(graceSeconds = config.shutdownGrace) {
      clearInterval(keyReload);
      clearInterval(revocations);
      const closed = new Promise((done) => server.close(() => done()));
      server.closeIdleConnections();
      const result = await gateway.drain(graceSeconds);
      for (const listener of wires.values()) await listener.close();
      await closed;
      for (const database of databases.values()) await database.close();
      await store.close();
      return result;
    }
  };
}
async function readPem(path, what) {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(`${what}: cannot read ${path} (${error.code ?? "error"})`);
  }
}

export {
  parseGatewayConfig,
  storeOutlivesProcess,
  newEncryptionSecret,
  loadKeyEncryption,
  openAuditKeys,
  trustedAuditKeys,
  loadAuditSigner,
  publicKeysPem,
  publicKeysFromPem,
  resealAuditKeys,
  AuditLog,
  ledgerExists,
  readLedger,
  addSigningKey,
  retireSigningKey,
  resealSigningKeys,
  SessionStore,
  loadGatewayConfig,
  openConfiguredStore,
  openDatabase,
  startGateway
};
