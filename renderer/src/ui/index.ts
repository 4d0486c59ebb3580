import './tokens.css';
import './base.css';
import './components.css';

export { Alert, type AlertProps } from './Alert';
export { Button, type ButtonProps } from './Button';
export { Card, type CardProps } from './Card';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Field, PasswordField, type FieldProps } from './Field';
export { Icon, type IconName } from './Icon';
