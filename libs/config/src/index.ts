export { AppConfig, ConfigError, loadConfigOrExit } from './app-config';
export { ConfigModule } from './config.module';
export { LoggingModule, requestIdFor } from './logging.module';
export { exitGracefullyOnSignals } from './graceful-shutdown';
