export { CONVENTION_ENTITIES } from './convention.entity';
export { ConventionModule } from './convention.module';
export * from './convention.types';
export * from './convention.views';
export { ConventionsService } from './conventions.service';
export * from './dto/convention.dto';
export { ExecutionReportService } from './execution-report.service';
export { reportPdf } from './report-pdf';
export { reportWorkbook } from './report-xlsx';
