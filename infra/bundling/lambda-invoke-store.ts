// Infra bundling stub: stands in for `@aws/lambda-invoke-store` in every Lambda bundle (an esbuild
// alias in constructs/treaty-function.ts). Powertools (batch, and logger's and batch's commons)
// import it only for its side effect, `import '@aws/lambda-invoke-store'`, and then read the store
// the Lambda runtime publishes, `globalThis.awslambda?.InvokeStore`; none calls its API. The package
// keeps its two store classes and its namespace in every bundle all the same (the namespace is
// built by a statement esbuild cannot drop): 2 KB of code nothing runs. This stub does what
// importing the package does (dist-es/invoke-store.js, 0.3.0), and fails loudly if its API is ever
// used. The AWS SDK, which does use it, is not bundled (the runtime provides it, with its own copy).

const awsLambdaGlobal = globalThis as { awslambda?: Record<string, unknown> };
if (!['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? '')) {
  awsLambdaGlobal.awslambda = awsLambdaGlobal.awslambda || {};
}

/** The package's one export (never called by bundled code: the runtime's store is read from globalThis). */
export const InvokeStore = {
  getInstanceAsync(): never {
    throw new Error(
      '@aws/lambda-invoke-store is not bundled: read globalThis.awslambda?.InvokeStore instead ' +
        '(infra/bundling/lambda-invoke-store.ts)',
    );
  },
};
